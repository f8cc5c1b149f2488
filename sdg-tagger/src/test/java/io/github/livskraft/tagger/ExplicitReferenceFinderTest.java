package io.github.livskraft.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.SdgCatalogue;
import io.github.livskraft.sdg.TargetCode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shared explicit-reference detector: every form in nb, nn and en, its spans, and what is not a reference. */
class ExplicitReferenceFinderTest {
  private static final ExplicitReferenceFinder FINDER = ExplicitReferenceFinder.create();

  private static List<String> codes(String text) {
    return FINDER.find(text).stream().map(SdgReference::code).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Saken bidrar til bærekraftsmål nr. 5 om likestilling.               | 5           | bærekraftsmål nr. 5
      Dette følger opp FNs bærekraftsmål 13.                              | 13          | FNs bærekraftsmål 13
      Dette følgjer opp FN sine berekraftsmål 13.                         | 13          | FN sine berekraftsmål 13
      Tiltaket støtter delmål 16.7 om inkluderende beslutninger.          | 16.7        | delmål 16.7
      Jf. mål 11.2 i FNs bærekraftsmål om transportsystem.                | 11.2        | mål 11.2
      Tiltakene svarer på mål 6 i FNs bærekraftsmål.                      | 6           | mål 6
      This supports SDG 3.                                                | 3           | SDG 3
      Kommunen har valgt SDG17 som gjennomgående mål.                     | 17          | SDG17
      Saka gjeld berekraftsmål 4.                                         | 4           | berekraftsmål 4
      Planen er knytt til berekraftsmåla 11 og 13.                        | 11 13       | berekraftsmåla 11
      In line with Sustainable Development Goal 7.                        | 7           | Sustainable Development Goal 7
      The plan supports UN Sustainable Development Goals 3 and 5.         | 3 5         | UN Sustainable Development Goals 3
      Dette er bærekraftsmål 6.1 i praksis.                               | 6.1         | bærekraftsmål 6.1
      The project reports on target 6.1 and target 14.a.                  | 6.1 14.a    | target 6.1
      Planen bygger på bærekraftsmål 9, 11 og 13.                         | 9 11 13     | bærekraftsmål 9
      Vi viser til bærekraftsmålene 1, 10 og 17 i kapittel 3.             | 1 10 17     | bærekraftsmålene 1
      Kommunen prioriterer verdensmål 3 og 4.                             | 3 4         | verdensmål 3
      Rapporten følger SDG 3 og SDG 11.6.                                 | 3 11.6      | SDG 3
      Indikator 11.6.1 er ikke et delmål; SDG 1.a er et delmål.           | 1.a         | SDG 1.a
      Delmål 17.19 gjelder statistikk.                                    | 17.19       | Delmål 17.19
      Bærekraftsmål nummer 12 og delmålsnummer 12.5 er valgt.             | 12 12.5     | Bærekraftsmål nummer 12
      """)
  void findsEveryForm(String text, String expected, String firstText) {
    List<SdgReference> refs = FINDER.find(text);
    assertThat(refs).extracting(SdgReference::code).containsExactlyElementsOf(Arrays.asList(expected.split(" ")));
    assertThat(refs.get(0).text()).isEqualTo(firstText);
    for (SdgReference r : refs) {
      assertThat(text.substring(r.start(), r.end())).isEqualTo(r.text());
      assertThat(text.substring(r.codeStart(), r.codeEnd())).isEqualToIgnoringCase(r.code());
      assertThat(r.isTarget()).isEqualTo(r.code().contains("."));
      r.target().ifPresent(t -> assertThat(t.goal()).isEqualTo(r.goal()));
    }
  }

  @Test
  void theGuideExampleHoldsAsWritten() {
    List<SdgReference> refs = FINDER.find("Saka gjeld berekraftsmål 4 og 11 og FNs delmål 16.7.");
    assertThat(refs).extracting(SdgReference::text).containsExactly("berekraftsmål 4", "11", "FNs delmål 16.7");
    assertThat(refs.get(2).code()).isEqualTo("16.7");
    assertThat(refs.get(2).target()).contains(TargetCode.parse("16.7"));
  }

  @Test
  void laterNumbersOfAListAreTheirOwnSpans() {
    String text = "Planen bygger på bærekraftsmål 3, 4 og 11.";
    List<SdgReference> refs = FINDER.find(text);
    assertThat(refs).extracting(SdgReference::text).containsExactly("bærekraftsmål 3", "4", "11");
    assertThat(refs.get(2)).isEqualTo(new SdgReference(GoalCode.of(11), Optional.empty(), 39, 41, "11", 39, 41));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Planen har mål 2 om bedre skilting i sentrum.
      Mål 2.1 i kommuneplanen gjelder skiltingen.
      Delmål 5 i planen gjelder skiltingen.
      SDG 18 finnes ikke.
      Se delmål 16.11 og bærekraftsmål 0.
      Delmål 99.1 finnes ikke, heller ikke delmål 3.77.
      Kapittel 3 handler om mål 12 i økonomiplanen.
      Bærekraftsmålet om sykkelvei: mål 11.2 km ny sykkelvei innen 2030.
      FNs bærekraftsmål 11 km gang- og sykkelvei.
      FNs bærekraftsmål 5 prosent av budsjettet.
      Møtet om FNs bærekraftsmål starter kl. 13.
      FNs bærekraftsmål 2030 og Agenda 2030.
      Kommunen jobber med FNs bærekraftsmål. 13 kommuner deltar i nettverket.
      Kommunen jobber med bærekraftsmålene! 4 skoler deltar.
      Indikator 11.6.1 måler avfall.
      The goal 3 of the project is cheaper housing.
      Bærekraftsmål 05 og delmål 11.02 er skrivemåter vi ikke godtar.
      """)
  void numbersThatAreNotSdgReferencesAreIgnored(String text) {
    assertThat(codes(text)).isEmpty();
  }

  @Test
  void aPlansOwnSubGoalsUnderItsMainGoalsAreNotSdgTargets() {
    String plan = "Hovedmål 1: Gode oppvekstvilkår. Delmål 1.2: Alle barn skal ha en trygg skolevei.";
    assertThat(codes(plan)).isEmpty();
    assertThat(codes("Hovudmål 2 og delmål 2.1 i planen.")).isEmpty();
    assertThat(codes("Hovedmål 1: Gode oppvekstvilkår. Tiltaket følger opp delmål 16.7.")).containsExactly("16.7");
    assertThat(codes("Hovedmål 1: Gode oppvekstvilkår, jf. delmål 1.2 i FNs bærekraftsmål.")).containsExactly("1.2");
    assertThat(codes("Delmål 1.2 om fattigdom gjelder også Norge.")).containsExactly("1.2");
  }

  @Test
  void targetsAreCheckedAgainstTheGivenCatalogue() {
    SdgCatalogue bundled = SdgCatalogue.bundled();
    assertThat(bundled.findTarget(TargetCode.parse("16.10"))).isPresent();
    assertThat(codes("delmål 16.10 og delmål 16.11")).containsExactly("16.10");
    assertThat(ExplicitReferenceFinder.create(bundled).find("target 17.a og target 13.b"))
        .extracting(SdgReference::code).containsExactly("13.b");
  }

  @Test
  void theTaggerUsesTheSameDetector() {
    String text = "Saka gjeld berekraftsmål 4 og delmål 16.7. Delmål 16.11 finst ikkje.";
    TagResult r = SdgTagger.bundled().tag("d", text, io.github.livskraft.sdg.Language.NN);
    List<GoalCode> explicit = r.goals().stream().filter(GoalSuggestion::explicit).map(GoalSuggestion::goal)
        .toList();
    assertThat(explicit).containsExactlyInAnyOrderElementsOf(FINDER.find(text).stream().map(SdgReference::goal)
        .distinct().toList());
    assertThat(r.targetCodes()).contains(TargetCode.parse("16.7")).doesNotContain(TargetCode.parse("16.11"));
  }

  @Test
  void referencesRejectInconsistentParts() {
    assertThatThrownBy(() -> new SdgReference(GoalCode.of(3), Optional.of(TargetCode.parse("4.1")), 0, 3, "4.1", 0,
        3)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4.1");
    assertThatThrownBy(() -> new SdgReference(GoalCode.of(3), Optional.empty(), 0, 5, "SDG 3", 4, 6))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
