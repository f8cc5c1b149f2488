package io.github.livskraft.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Nynorsk forms derived from bokmål spellings when nynorsk rules are compiled, and the bundled bokmål rules read
 * nynorsk text through them (issue 13, fifth round). Bokmål and English rules are not rewritten.
 */
class NynorskVariantsTest {
  private static boolean fires(String language, String expression, String text) {
    String rules = "@language " + language + "\n1 t.one 1.0 " + expression + "\n";
    SdgTagger tagger = SdgTagger.builder().addRules(new StringReader(rules), "variants.sdgrules").build();
    return tagger.tag("d", text, Language.fromTag(language).orElseThrow()).goalCodes().contains(GoalCode.of(1));
  }

  @ParameterizedTest(name = "{0} {1} in \"{2}\": {3}")
  @CsvSource(delimiter = '|', textBlock = """
      nn | offentlig*                  | Offentlege innkjøp skal stille klimakrav.          | true
      nn | "grunnleggende tjenester"   | Alle skal ha tilgang til grunnleggjande tenester.  | true
      nn | drikkevann*                 | Drikkevatnet i kommunen er godt.                   | true
      nn | vannforsyning*              | Vassforsyninga skal sikrast.                       | true
      nn | bosetting*                  | Busetjinga av flyktningar held fram.               | true
      nn | sikkerhet*                  | Tryggleiken i nærmiljøet skal styrkjast.           | true
      nn | deltakelse                  | Deltaking i arbeidslivet er viktig.                | true
      nn | lærer*                      | Lærarane skal få vidareutdanning.                  | true
      nn | forurensning*               | Forureininga av fjorden skal stansast.             | true
      nn | hjemmetjeneste*             | Heimetenesta skal styrkjast.                       | true
      nn | husholdning*                | Hushalda skal sortere avfallet.                    | true
      nn | tilgjengelighet*            | Tilgjengelegheita til bygget er god.               | true
      nn | "ikke skadelig"             | Tiltaket er ikkje skadeleg.                        | true
      nn | sykkelvei*                  | Sykkelvegen langs fjorden skal forlengjast.        | true
      nn | sykkel*                     | Sjukkel er ikkje eit ord.                          | false
      nn | folkehelse*                 | Folkehelsa er god.                                 | true
      nb | offentlig*                  | Offentlege innkjøp skal stille klimakrav.          | false
      nb | drikkevann*                 | Drikkevatnet i kommunen er godt.                   | false
      en | vann*                       | vatn                                               | false
      """)
  void nynorskRulesReadTheNynorskFormsOfBokmalSpellings(String language, String expression, String text,
      boolean expected) {
    assertThat(fires(language, expression, text)).isEqualTo(expected);
  }

  @Test
  void theBundledBokmalRulesAreAlsoNynorskRules() {
    List<TaggingRule> rules = SdgTagger.bundled().rules();
    long bokmal = rules.stream().filter(r -> r.language() == Language.NB).count();
    List<TaggingRule> derived = rules.stream().filter(r -> r.id().startsWith("nnb.")).toList();
    assertThat(derived).hasSize((int) bokmal).allMatch(r -> r.language() == Language.NN);
    assertThat(derived).anyMatch(r -> r.id().equals("nnb.6.3.vannkvalitet"));
  }

  @Test
  void nynorskTextIsReadWithTheDerivedBokmalVocabulary() {
    TagResult r = SdgTagger.bundled().tag("d", "Spillvasset frå hyttefeltet skal reinsast.", Language.NN);
    assertThat(r.goalCodes()).containsExactly(GoalCode.of(6));
    assertThat(r.goals().get(0).matches()).anyMatch(m -> m.ruleId().startsWith("nnb."));
  }

  @Test
  void bokmalTextNeverUsesTheDerivedRules() {
    TagResult r = SdgTagger.bundled().tag("d", "Spillvannet fra hyttefeltet skal renses.", Language.NB);
    assertThat(r.goalCodes()).contains(GoalCode.of(6));
    assertThat(r.goals()).allSatisfy(g -> assertThat(g.matches()).noneMatch(m -> m.ruleId().startsWith("nnb.")));
  }
}
