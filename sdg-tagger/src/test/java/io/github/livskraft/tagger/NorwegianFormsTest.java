package io.github.livskraft.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Norwegian word forms that the rule engine reads (issue 13, fourth round): in nynorsk a prefix ending in -e also
 * matches the -a/-ar/-ane forms of its stem, and in both written standards a suffix term reads a compound through
 * an inflectional ending. English is untouched, and bokmål does not get the nynorsk -a forms.
 */
class NorwegianFormsTest {
  private static SdgTagger tagger(String language, String expression) {
    String rules = "@language " + language + "\n1 t.one 1.0 " + expression + "\n";
    return SdgTagger.builder().addRules(new StringReader(rules), "forms.sdgrules").build();
  }

  private static boolean fires(String language, String expression, String text) {
    List<GoalCode> goals = tagger(language, expression).tag("d", text, Language.fromTag(language).orElseThrow())
        .goalCodes();
    return goals.contains(GoalCode.of(1));
  }

  @ParameterizedTest(name = "{0} {1} in \"{2}\": {3}")
  @CsvSource(delimiter = '|', textBlock = """
      nn | solcelle*   | Alle nye bygg skal ha solcellar på taket.            | true
      nn | solcelle*   | Solcellane på skulen gir straum.                     | true
      nn | barnehage*  | Barnehagane skal ha nok vaksne.                      | true
      nn | helse*      | Helsa til innbyggjarane er god.                      | true
      nn | solcelle*   | Solcel er ikkje eit ord.                             | false
      nn | lære*       | Dei lærar om klima.                                  | false
      nb | solcelle*   | Alle nye bygg skal ha solcellar på taket.            | false
      nb | solcelle*   | Alle nye bygg skal ha solceller på taket.            | true
      en | solcelle*   | solcellar                                            | false
      nn | *avfall     | Plast skal sorterast ut frå hushaldsavfallet.        | true
      nb | *avfall     | Husholdningsavfallet skal sorteres bedre.            | true
      nb | *utslipp    | Klimagassutslippene skal halveres.                   | true
      nn | *utslepp    | Klimagassutsleppa skal halverast.                    | true
      nb | *avfall     | Avfallsplanen er vedtatt.                            | false
      nb | *avfall     | Avfallet hentes hver uke.                            | true
      nb | *energi     | Energien er fornybar.                                | true
      en | *waste      | Household wastes are collected.                      | false
      """)
  void formsAreReadAsTheRuleExpects(String language, String expression, String text, boolean expected) {
    assertThat(fires(language, expression, text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      nn | Alle nye kommunale bygg skal ha solcellar på taket.                    | 7
      nn | Kommunen skal auke delen plast som blir sortert ut frå hushaldsavfallet. | 12
      nn | Tiltak: Opprette eit lågterskeltilbod for ungdom med rusproblem.       | 3
      nb | Flomsonekartet viser at flere boliger ligger utsatt til ved en 200-årsflom. | 11 13
      nn | Kommunen skal arbeide for at fleire kvinner stiller til val.           | 5
      nb | Kommunen skal stille krav om fossilfrie bygge- og anleggsplasser i alle nye kontrakter. | 12 13
      """)
  void theBundledRulesReadTheseForms(String language, String text, String expected) {
    List<GoalCode> goals = SdgTagger.bundled().tag("d", text, Language.fromTag(language).orElseThrow()).goalCodes();
    assertThat(goals).containsExactlyInAnyOrderElementsOf(
        java.util.Arrays.stream(expected.split(" ")).map(GoalCode::parse).toList());
  }
}
