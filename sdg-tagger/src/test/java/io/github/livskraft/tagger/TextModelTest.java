package io.github.livskraft.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.livskraft.tagger.internal.TextModel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Java features and scoring of the statistical second opinion agree with the training script
 * ({@code scripts/train-text-model.py}), which wrote the probabilities of {@code text-model-parity.csv} with the
 * same model file.
 */
class TextModelTest {
  @Test
  void probabilitiesMatchTheTrainingScript() {
    List<Map<String, String>> rows = TestCsv.read("text-model-parity.csv");
    assertThat(rows).hasSizeGreaterThan(40);
    TextModel model = TextModel.bundled();
    for (Map<String, String> r : rows) {
      double[] p = model.probabilities(r.get("text"));
      assertThat(p).hasSize(17);
      for (int g = 0; g < 17; g++) {
        assertThat(p[g]).as(r.get("text") + " goal " + (g + 1)).isCloseTo(Double.parseDouble(r.get("p" + (g + 1))),
            within(1e-6));
      }
    }
  }

  @Test
  void aClimateSentenceIsClimate() {
    double[] p = TextModel.bundled().probabilities("Kommunen skal halvere klimagassutsleppa innan 2030.");
    int best = 0;
    for (int g = 1; g < 17; g++) {
      best = p[g] > p[best] ? g : best;
    }
    assertThat(best + 1).isEqualTo(13);
  }
}
