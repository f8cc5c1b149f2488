package io.github.livskraft.tagger;

import static io.github.livskraft.tagger.BundledTagging.assertGoals;
import static io.github.livskraft.tagger.BundledTagging.codes;
import static io.github.livskraft.tagger.BundledTagging.goals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two engine steps of the eighth round of issue 13 (Norwegian only): a goal whose only evidence is the building of a
 * municipal service (school, nursing home, sports hall …) is not suggested when the text speaks of building or road
 * works, energy measures or parking — even when it is the only goal; and a relevance noun at the end of a compound
 * ("folkehelsekonsekvenser", "klimaverknader") makes a negated clause a no-effect statement. The sentences are
 * written for this test; none is a row of the development set or of the released batches.
 */
class BuildingWorksAndConsequenceTest {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      nb | Sykehjemmet på Åsen får nye solcellepaneler på taket.                 | 3 | 7
      nn | Sjukeheimen i Lia skal koplast til fjernvarmenettet.                  | 3 | 7
      nb | Ungdomsskolen på Berg får nytt ventilasjonsanlegg og nye vinduer.    | 4 |
      nn | Den vidaregåande skulen har fått nytt tak og ny fasade.               | 4 |
      nb | Barnehagen i Nordby skal ha nye ladepunkter på parkeringsplassen.     | 4 | 7
      nn | Kulturhuset og barneskulen skal få LED-belysning for å spare straum. | 4 |
      nb | Gymsalen ved ungdomsskolen skal pusses opp.                          | 4 |
      """)
  void aServiceBuildingUnderWorksIsNotItsService(String lang, String text, String notExpected, String expected) {
    assertGoals(lang, text, notExpected, expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      nb | Sykehjemmet skal få flere plasser for personer med demens og nytt tak.        | 3
      nn | Skulen skal gi alle elevar gratis leksehjelp, og taket skal skiftast.         | 4
      nb | Ungdomsskolen skal ha nytt tak og et trygt og godt skolemiljø uten mobbing.   | 4
      nb | Det skal bygges ny barneskole med plass til 400 elever.                       | 4
      nb | Et nytt fortau langs skoleveien skal gjøre den tryggere for barna.            | 11
      """)
  void theServiceStillCountsWithEvidenceOfItsOwnOrWithoutWorks(String lang, String text, String expected) {
    assertThat(goals(lang, text)).as(text).containsAll(codes(expected));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      nb | Saken har ingen folkehelsekonsekvenser.                              | 3
      nn | Saka har korkje miljø- eller folkehelsekonsekvensar.                 | 3
      nb | Tiltaket har ingen klimakonsekvenser og ingen folkehelsekonsekvenser. | 3 13
      nn | Planendringa har ingen klimaverknader.                               | 13
      """)
  void aNegatedCompoundConsequenceIsANoEffectStatement(String lang, String text, String notExpected) {
    assertThat(goals(lang, text)).as(text).doesNotContainAnyElementsOf(codes(notExpected));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      nb | Tiltaket har store folkehelsekonsekvenser fordi flere blir fysisk aktive. | 3
      nn | Planen gir klimaverknader som må kuttast: utsleppa av klimagassar skal ned. | 13
      """)
  void aConsequenceCompoundWithoutNegationKeepsItsGoal(String lang, String text, String expected) {
    assertThat(goals(lang, text)).as(text).containsAll(codes(expected));
  }
}
