package io.github.livskraft.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.LocalizedText;
import org.junit.jupiter.api.Test;

class LabelsTest {
  @Test
  void everyLabelHasItsOwnTextInBokmalNynorskAndEnglish() {
    assertThat(Labels.keys()).hasSizeGreaterThan(60);
    int differs = 0;
    for (String key : Labels.keys()) {
      LocalizedText t = Labels.get(key);
      for (Language l : Language.values()) {
        assertThat(t.find(l)).as("%s in %s", key, l).isPresent();
        assertThat(t.text(l)).as("%s in %s", key, l).isNotBlank();
      }
      differs += t.text(Language.NN).equals(t.text(Language.NB)) ? 0 : 1;
    }
    // nynorsk is written, not copied: most labels differ from bokmål
    assertThat(differs).isGreaterThan(Labels.keys().size() / 2);
  }

  @Test
  void nynorskWordsInTheKeyLabels() {
    assertThat(Labels.get("coverage", Language.NN)).isEqualTo("Berekraftsmåla i planane");
    assertThat(Labels.get("sources", Language.NN)).isEqualTo("Kjelder og lisensar");
    assertThat(Labels.get("progress.rules", Language.NB)).contains("minst 20").contains("0,5 %");
    assertThat(Labels.get("progress.rules", Language.EN)).contains("at least 20").contains("0.5 %");
  }
}
