package io.github.livskraft.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.sdg.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The report rendered for a nynorsk reader carries no fixed text of the report in bokmål or English. The markers are
 * phrases that only the report's own texts write (the plans and the indicator library may legitimately be written in
 * bokmål, so their words are not markers); each has its nynorsk counterpart, which must be there instead, so the
 * test fails both on a leak and on a text that silently disappears.
 */
class NynorskReportTest {
  /** A fixed text in bokmål (nb) or English (en) → what the nynorsk report says instead. */
  private static final List<String[]> MARKERS = List.of(
      new String[] {"nb", "Bærekraftsrapport – ", "Berekraftsrapport – "},
      new String[] {"nb", "Kilde: Statistisk sentralbyrå", "Kjelde: Statistisk sentralbyrå"},
      new String[] {"nb", "Kommunenumre harmonisert med", "Kommunenummer harmoniserte med"},
      new String[] {"nb", "Ingen tall følger med", "Ingen tal følgjer med"},
      new String[] {"nb", "FN: bærekraftsmålene", "FN: berekraftsmåla"},
      new String[] {"nb", "norske titler fra", "norske titlar frå"},
      new String[] {"nb", "vektet med folketall", "vekta med folketal"},
      new String[] {"nb", "Bakgrunnstall", "Bakgrunnstal"},
      new String[] {"nb", "Folkemengde 1. januar", "Folkemengd 1. januar"},
      new String[] {"nb", "hent fra SSB med", "hent frå SSB med"},
      new String[] {"nb", "ingen maskinlesbar kilde følger med", "inga maskinlesbar kjelde følgjer med"},
      new String[] {"nb", "Miljødirektoratets utslippsregnskap", "Utsleppsrekneskapen til Miljødirektoratet"},
      new String[] {"nb", "årlig endring", "årleg endring"},
      new String[] {"en", "Source: Statistics Norway", "Kjelde: Statistisk sentralbyrå"},
      new String[] {"en", "SDG report – ", "Berekraftsrapport – "},
      new String[] {"en", "annual change", "årleg endring"},
      new String[] {"en", "population-weighted mean", "vekta med folketal"});

  /** Bokmål or English fixed texts that the nynorsk report must not show even where the data do not call for them. */
  private static final List<String> NEVER = List.of("Ikke vurdert", "Ingen medfølgende data", "Ingen tydelig endring",
      "kan ikke slås sammen", "høyere er bedre", "lavere er bedre", "faktisk/nødvendig", "Tall i rapporten",
      "det mangler tall", "for små tall", "år kreves", "beregnet fra komponentene", "Kommunenavn uten",
      "SDG report", "No regional value", "Figures in this report", "higher is better", "lower is better",
      "series too short", "cannot be assessed");

  private static String html(Report r, Language l) {
    return HtmlReportWriter.create(l).toString(r);
  }

  @Test
  void theDefaultReportInNynorskShowsNoBokmalOrEnglishFixedText() {
    Report r = Reports.kongsbergregionen();
    String nn = html(r, Language.NN);
    String nb = html(r, Language.NB);
    String en = html(r, Language.EN);
    for (String[] m : MARKERS) {
      // the marker is really written in its own language, else its absence from nynorsk would prove nothing
      assertThat(m[0].equals("nb") ? nb : en).as("%s report shows %s", m[0], m[1]).contains(m[1]);
      assertThat(nn).as("nynorsk report must not show %s", m[1]).doesNotContain(m[1]).contains(m[2]);
    }
    assertThat(NEVER).allSatisfy(t -> assertThat(nn).doesNotContain(t));
    // "Boligareal per bosatt" is no marker: SSB's own statistic is named so and is quoted in the source note
    assertThat(nn).contains("Bustadareal per busett").contains("«Boligareal per bosatt. Kvadratmeter»");
  }

  @Test
  void theIllustrativeFollowUpReportInNynorskShowsNoBokmalOrEnglishFixedText() {
    String nn = html(Reports.illustrative(), Language.NN);
    assertThat(nn).contains("Berekraftsrapport – ");
    assertThat(NEVER).allSatisfy(t -> assertThat(nn).doesNotContain(t));
    for (String[] m : MARKERS) {
      assertThat(nn).doesNotContain(m[1]);
    }
  }

  @Test
  void everyFixedTextOfTheReportHasItsOwnNynorsk() {
    var bundle = ReportErrorCode.DATA.messages();
    List<String> keys = bundle.keys().stream().filter(k -> k.startsWith("text.")).toList();
    assertThat(keys).hasSizeGreaterThanOrEqualTo(45);
    assertThat(bundle.missingKeys()).isEmpty();
    // a handful may be names or numbers that are the same in both written standards; most must differ
    long same = keys.stream().filter(k -> bundle.pattern(k, Language.NN).equals(bundle.pattern(k, Language.NB)))
        .count();
    assertThat(same).as("texts whose nynorsk equals the bokmål").isLessThanOrEqualTo(4);
    assertThat(keys).allSatisfy(k -> assertThat(bundle.pattern(k, Language.EN))
        .isNotEqualTo(bundle.pattern(k, Language.NB)));
  }
}
