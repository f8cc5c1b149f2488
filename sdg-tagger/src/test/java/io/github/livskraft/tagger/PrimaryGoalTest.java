package io.github.livskraft.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Primary goal versus incidental mentions in Norwegian (issue 13, third round): places in prepositional phrases,
 * institutions named as partners, pupils or staff named as actors, words that another goal reads more specifically,
 * coordinated words, the municipality's own staff, regulation plans as procedure, and "ikke behov for".
 */
class PrimaryGoalTest {
  private static final SdgTagger BUNDLED = SdgTagger.bundled();

  private static List<GoalCode> goals(String lang, String text) {
    return BUNDLED.tag("d", text, Language.fromTag(lang).orElseThrow()).goalCodes();
  }

  private static List<GoalCode> codes(String s) {
    return s.isBlank() ? List.of() : Arrays.stream(s.trim().split(" ")).map(GoalCode::parse).toList();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      nb | Det skal etableres en ny gang- og sykkelbro over elva ved ungdomsskolen.       | 11   | 4
      nn | Det skal byggjast ei ny gang- og sykkelbru over elva ved ungdomsskulen.        | 11   | 4
      nb | Bedriftene i industriparken har redusert energibruken med 15 prosent.          | 7    | 9
      nn | Ny ballbinge ved Nordby skule gir borna ein betre stad å vere aktive.           | 11   | 4
      nb | Kommunen skal samarbeide med universitetet om forskning på klimatilpasning.    | 13 17 | 4
      nb | Elevene ved Berg skole har samlet inn penger til et vannprosjekt i Malawi.     | 6    | 4
      nn | Elevane ved Haugen skule har plukka søppel langs stranda.                      | 14   | 4
      nn | Alle elevar skal få eit sunt skulemåltid kvar dag.                              | 2    | 4
      nb | Vi følger med på avfallsmengder og antall skoler/barnehager med nærhet til friluftsområder. | 11 12 | 4
      nn | Straumforbruket ved reinseanlegget skal ned med ein tredel.                  | 7    | 6
      nb | Matsvinnet ved sykehjemmene skal halveres innen 2030.                          | 12   | 3
      nb | Innovasjon og infrastruktur: Kongsbergregionen har lenge hatt en felles satsning på utvikling av infrastruktur som støtte opp om samfunns- som næringsutviklingen. | 9 | 8
      nb | Radon i inneluft er den viktigste årsaken til lungekreft etter røyking, og alle kommunale utleieboliger skal radonmåles. | 3 | 11
      nb | Fylkeskommunen vil innføre gratis kollektivtransport for elever i videregående skole. | 11 | 4
      nn | Det skal innførast gratis kollektivtransport for alle elevar i vidaregåande skule. | 11 | 4
      """)
  void anIncidentalMentionGivesWayToThePrimaryGoal(String lang, String text, String primary, String incidental) {
    assertThat(goals(lang, text)).containsAll(codes(primary)).doesNotContainAnyElementsOf(codes(incidental));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      nb | Det skal bygges 20 nye plasser ved sykehjemmet.                               | 3
      nn | Tiltak: Innføre gratis kjernetid i SFO for dei yngste elevane.                | 4
      nb | Klimatilpasning må innarbeides i arealplanleggingen.                          | 11 13
      nb | Elevene på mellomtrinnet skal lære om klima og bærekraft i alle fag.          | 4 13
      nb | Andel elever som trives på skolen                                             | 4
      nn | Kommunen vil samarbeide med høgskulen om desentralisert sjukepleiarutdanning. | 3 4 17
      nb | Radon i inneluft gir lungekreft, og kommunen skal kjøpe flere utleieboliger til vanskeligstilte. | 3 11
      nb | Kommunen tilbyr gratis leksehjelp for elever på ungdomstrinnet.               | 4
      nb | Det skal innføres gratis kollektivtransport for elever, og leksehjelpen på skolen utvides. | 4
      """)
  void aGoalWithoutAnotherGoalOrWithOwnEvidenceIsKept(String lang, String text, String expected) {
    assertThat(goals(lang, text)).containsAll(codes(expected));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      nb | Kommunens ansatte skal få opplæring i det nye sak- og arkivsystemet.
      nn | Dei tilsette skal få opplæring i det nye økonomisystemet.
      nb | Sykefraværet blant kommunens ansatte var 7,9 prosent i 2024.
      nn | Sjukefråværet blant dei tilsette i kommunen var 7,9 prosent i 2024.
      nb | Kommunen har et godt arbeidsmiljø og lavt konfliktnivå.
      nb | Innstilling: Kommunestyret vedtar reguleringsplan for Storgata 5 med de endringer som fremgår av saksframlegget.
      nn | Det blir halde eit informasjonsmøte om reguleringsplanen i gymsalen på skulen.
      nb | I arbeidet med revideringen har det vært gjennomført en medvirkningsprosess med kommunene i regionen.
      nb | Det er verken behov for nye barnehageplasser eller nye skolebygg i planperioden.
      nn | Det er ikkje behov for nye skulebygg i planperioden.
      """)
  void organisationAndProcedureNameNoGoal(String lang, String text) {
    assertThat(goals(lang, text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      nb | Sykefraværet i bygg- og anleggsbransjen er høyt, og arbeidsmiljøet må bedres.   | 8
      nb | Det er behov for nye barnehageplasser i sentrum.                                 | 4
      nb | Kommunestyret vedtar reguleringsplan for nytt boligfelt med grønnstruktur og lekeplass. | 11
      nn | Innbyggjarane skal sikrast medverknad i planarbeidet.                            | 16
      nb | Ungdommens kommunestyre skal høres i alle saker som gjelder barn og unge.         | 16
      nb | Tiltak: Etablere trygg skolevei med fortau langs Storgata.                        | 11
      """)
  void theSameTopicsStillCountWhenTheSentenceIsAboutThem(String lang, String text, String expected) {
    assertThat(goals(lang, text)).containsAll(codes(expected));
  }

  @Test
  void trafficSafetyOfSchoolRoadsIsTarget11Point2NotHealth() {
    TagResult r = BUNDLED.tag("d", "Tiltak: Etablere trygg skolevei med fortau langs Storgata.", Language.NB);
    assertThat(r.goalCodes()).containsExactly(GoalCode.of(11));
    assertThat(r.targetCodes()).extracting(Object::toString).contains("11.2");
  }

  @Test
  void aYieldedWordIsLeftOutOfTheBroadGoalsExplanation() {
    TagResult r = BUNDLED.tag("d", "Skolemåltidet skal være gratis for alle elever.", Language.NB);
    assertThat(r.goalCodes()).contains(GoalCode.of(2));
    r.goals().stream().filter(g -> g.goal().number() == 4).findFirst().ifPresent(g ->
        assertThat(g.matches()).flatMap(RuleMatch::spans).extracting(MatchSpan::text).doesNotContain("Skolemåltidet"));
  }
}
