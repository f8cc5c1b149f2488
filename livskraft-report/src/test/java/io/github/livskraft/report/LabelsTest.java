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

  @Test
  void labelAndMessageBundlesAreCompleteInEveryLanguage() {
    assertThat(io.github.livskraft.sdg.MessageBundle.load(Labels.class, "report-labels").missingKeys()).isEmpty();
    assertThat(ReportErrorCode.DATA.messages().missingKeys()).isEmpty();
    for (ReportErrorCode c : ReportErrorCode.values()) {
      for (Language l : Language.values()) {
        assertThat(c.messages().pattern(c.code(), l)).as("%s %s", c, l).isNotBlank();
      }
    }
  }

  @Test
  void optionErrorsCarryACodeAndTheReadersLanguage() {
    var e = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> ReportRegion.parse(java.util.List.of("3303,kongsbergregionen"), Harmonisation.codes()),
        ReportArgumentException.class);
    assertThat(e.errorCode()).isEqualTo(ReportErrorCode.REGION);
    assertThat(e.getMessage()).isEqualTo(
        "REPORT-0002: --region: 'kongsbergregionen' cannot be combined with municipality numbers");
    assertThat(e.getMessage(Language.NN)).isEqualTo(
        "REPORT-0002: --region: 'kongsbergregionen' kan ikkje kombinerast med kommunenummer");
  }
}
