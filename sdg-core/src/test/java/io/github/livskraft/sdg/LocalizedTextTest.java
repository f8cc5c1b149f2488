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
}
