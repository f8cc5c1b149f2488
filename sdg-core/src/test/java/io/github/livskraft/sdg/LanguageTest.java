package io.github.livskraft.sdg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

  @ParameterizedTest
  @CsvSource({"en,EN", "en-GB,EN", "nb,NB", "no,NB", "nb-NO,NB", "no-NO,NB", "NB_no,NB", "nn,NN", "nn-NO,NN",
      "no-NO-NY,NN"})
  void fromTag_supportedLocales(String tag, Language expected) {
    assertThat(Language.fromTag(tag)).contains(expected);
  }

  @Test
  void fromTag_unsupported_isEmpty() {
    assertThat(Language.fromTag("sv")).isEmpty();
    assertThat(Language.fromTag("")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"en,EN", "nb,NB", "no,NB", "nn,NN", "nb-NO,NB", "de,EN"})
  void of_locale(String tag, Language expected) {
    assertThat(Language.of(Locale.forLanguageTag(tag))).isEqualTo(expected);
  }

  @Test
  void of_legacyNorwegianNynorskLocale() {
    assertThat(Language.of(new Locale("no", "NO", "NY"))).isEqualTo(Language.NN);
  }

  @Test
  void fallbackChain_nynorskReachesBokmaal() {
    // the JDK ResourceBundle chain never goes nn -> nb; ours does
    assertThat(Language.NN.fallbackChain()).containsExactly(Language.NN, Language.NB, Language.EN);
    assertThat(Language.NB.fallbackChain()).containsExactly(Language.NB, Language.NN, Language.EN);
    assertThat(Language.EN.fallbackChain()).containsExactly(Language.EN);
  }

  @Test
  void tagAndLocale() {
    assertThat(Language.NN.tag()).isEqualTo("nn");
    assertThat(Language.NB.locale()).isEqualTo(Locale.forLanguageTag("nb"));
  }
}
