package io.github.livskraft.sdg;

import static io.github.livskraft.sdg.Language.EN;
import static io.github.livskraft.sdg.Language.NB;
import static io.github.livskraft.sdg.Language.NN;
import static io.github.livskraft.sdg.TextProvenance.COMMUNITY;
import static io.github.livskraft.sdg.TextProvenance.OFFICIAL_NO;
import static io.github.livskraft.sdg.TextProvenance.OFFICIAL_UN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {
  private static final TextVariant EN_UN = TextVariant.of(EN, "english", OFFICIAL_UN, "un");
  private static final TextVariant NB_OFF = TextVariant.of(NB, "bokmål", OFFICIAL_NO, "fn.no");
  private static final TextVariant NB_COM = TextVariant.of(NB, "bokmål dugnad", COMMUNITY, "open-sdg");
  private static final TextVariant NN_OFF = TextVariant.of(NN, "nynorsk", OFFICIAL_NO, "regjeringen.no");
  private static final TextVariant NN_COM = TextVariant.of(NN, "nynorsk dugnad", COMMUNITY, "x");

  @Test
  void allLanguages_eachReaderGetsOwnLanguage() {
    LocalizedText t = LocalizedText.of(EN_UN, NB_OFF, NN_OFF);
    assertThat(t.resolve(EN)).isEqualTo(EN_UN);
    assertThat(t.resolve(NB)).isEqualTo(NB_OFF);
    assertThat(t.resolve(NN)).isEqualTo(NN_OFF);
  }

  @Test
  void nynorskMissing_fallsBackToBokmaal() {
    LocalizedText t = LocalizedText.of(EN_UN, NB_OFF);
    assertThat(t.resolve(NN)).isEqualTo(NB_OFF);
    assertThat(t.text(NN)).isEqualTo("bokmål");
  }

  @Test
  void bokmaalOnlyCommunity_prefersOfficialNynorsk() {
    LocalizedText t = LocalizedText.of(EN_UN, NB_COM, NN_OFF);
    assertThat(t.resolve(NB)).isEqualTo(NN_OFF);
    assertThat(t.resolve(NN)).isEqualTo(NN_OFF);
  }

  @Test
  void onlyCommunityNorwegian_isUsedBeforeEnglish() {
    LocalizedText t = LocalizedText.of(EN_UN, NB_COM);
    assertThat(t.resolve(NB)).isEqualTo(NB_COM);
    assertThat(t.resolve(NN)).isEqualTo(NB_COM);
    assertThat(t.resolve(EN)).isEqualTo(EN_UN);
  }

  @Test
  void ownCommunityBeforeOtherCommunity() {
    LocalizedText t = LocalizedText.of(EN_UN, NB_COM, NN_COM);
    assertThat(t.resolve(NB)).isEqualTo(NB_COM);
    assertThat(t.resolve(NN)).isEqualTo(NN_COM);
  }

  @Test
  void englishOnly_everyoneGetsEnglish() {
    LocalizedText t = LocalizedText.of(EN_UN);
    for (Language l : Language.values()) {
      assertThat(t.resolve(l)).isEqualTo(EN_UN);
    }
  }

  @Test
  void noEnglish_englishReaderGetsBokmaal() {
    assertThat(LocalizedText.of(NB_OFF, NN_OFF).resolve(EN)).isEqualTo(NB_OFF);
    assertThat(LocalizedText.of(NN_OFF).resolve(EN)).isEqualTo(NN_OFF);
  }

  @Test
  void find_isExactWithoutFallback() {
    LocalizedText t = LocalizedText.of(EN_UN, NB_OFF);
    assertThat(t.find(NN)).isEmpty();
    assertThat(t.find(NB)).contains(NB_OFF);
    assertThat(t.languages()).containsExactly(EN, NB);
    assertThat(t.variants()).containsExactly(EN_UN, NB_OFF);
  }

  @Test
  void invalid() {
    assertThatThrownBy(() -> LocalizedText.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LocalizedText.of(NB_OFF, NB_COM)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nb");
    assertThatThrownBy(() -> TextVariant.of(EN, " ", OFFICIAL_UN, "s")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TextVariant(EN, "x", OFFICIAL_UN, "s", null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void provenance_official() {
    assertThat(OFFICIAL_UN.isOfficial()).isTrue();
    assertThat(OFFICIAL_NO.isOfficial()).isTrue();
    assertThat(COMMUNITY.isOfficial()).isFalse();
    assertThat(TextProvenance.MACHINE.isOfficial()).isFalse();
    assertThat(new TextVariant(NB, "x", COMMUNITY, "s", Optional.of("n")).isOfficial()).isFalse();
  }

  @Test
  void equalsContract() {
    EqualsVerifier.forClass(LocalizedText.class).withNonnullFields("variants").verify();
  }

  @Test
  void ownTextsInBokmalNynorskAndEnglishAreCommunityTextsOfTheirSource() {
    LocalizedText t = LocalizedText.of("Tiltak uten budsjett", "Tiltak utan budsjett", "Measure without budget");
    assertThat(t.text(NB)).isEqualTo("Tiltak uten budsjett");
    assertThat(t.text(NN)).isEqualTo("Tiltak utan budsjett");
    assertThat(t.text(EN)).isEqualTo("Measure without budget");
    assertThat(t.languages()).containsExactlyInAnyOrder(EN, NB, NN);
    assertThat(t.variants()).allSatisfy(v -> {
      assertThat(v.provenance()).isEqualTo(COMMUNITY);
      assertThat(v.source()).isEqualTo(LocalizedText.OWN_TEXT);
    });
    LocalizedText sourced = LocalizedText.of("a", "b", "c", "kommunen:planstrategi-2024");
    assertThat(sourced.variants()).extracting(TextVariant::source).containsOnly("kommunen:planstrategi-2024");
    assertThat(sourced).isNotEqualTo(LocalizedText.of("a", "b", "c"));
  }

  @Test
  void ownTextsWithoutNynorskGiveNynorskReadersBokmalAndSaySo() {
    LocalizedText t = LocalizedText.of("Tiltak uten budsjett", null, "Measure without budget");
    assertThat(t.find(NN)).isEmpty();
    assertThat(t.resolve(NN).language()).isEqualTo(NB);
    assertThat(t.text(NN)).isEqualTo("Tiltak uten budsjett");
    assertThat(t.languages()).containsExactlyInAnyOrder(EN, NB);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
      nb | en | SDG-0007: the text in nb is empty or only white space; expected a text
      nn | nb | SDG-0007: teksten på nn er tom eller bare mellomrom; ventet en tekst
      en | nn | SDG-0007: teksten på en er tom eller berre mellomrom; venta ein tekst
      """)
  void aBlankOwnTextIsACodedErrorNamingTheLanguage(String blank, String reader, String expected) {
    String nb = blank.equals("nb") ? " " : "bokmål";
    String nn = blank.equals("nn") ? "" : "nynorsk";
    String en = blank.equals("en") ? "\t" : "English";
    assertThatThrownBy(() -> LocalizedText.of(nb, nn, en))
        .isInstanceOfSatisfying(CodedArgumentException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(SdgErrorCode.INVALID_TEXT);
          assertThat(e.getMessage(Language.fromTag(reader).orElseThrow())).isEqualTo(expected);
        });
  }
}
