package io.github.livskraft.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.sdg.Language;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  @Test
  void tellsTheThreeLanguagesApart() {
    assertThat(LanguageDetector.detect("The municipality will cut greenhouse gas emissions by half.")).isEqualTo(Language.EN);
    assertThat(LanguageDetector.detect("Kommunen skal kutte utslippene og ikke bygge ned matjord.")).isEqualTo(Language.NB);
    assertThat(LanguageDetector.detect("Kommunen skal kutte utsleppa og ikkje byggje ned matjord.")).isEqualTo(Language.NN);
    assertThat(LanguageDetector.detect("Kva skal kommunen gjere for at born og unge får ein trygg skuleveg?"))
        .isEqualTo(Language.NN);
    assertThat(LanguageDetector.detect("Hva skal kommunen gjøre for at barn og unge får en trygg skolevei?"))
        .isEqualTo(Language.NB);
  }

  @Test
  void noClueMeansBokmal() {
    assertThat(LanguageDetector.detect("")).isEqualTo(Language.NB);
    assertThat(LanguageDetector.detect("12345 %")).isEqualTo(Language.NB);
  }

  @Test
  void detectsTheNorwegianDevelopmentSentences() {
    int right = 0;
    int total = 0;
    for (var row : TestCsv.read("norwegian-dev.csv")) {
      total++;
      right += LanguageDetector.detect(row.get("text")).tag().equals(row.get("lang")) ? 1 : 0;
    }
    assertThat((double) right / total).isGreaterThanOrEqualTo(0.92);
  }
}
