package io.github.livskraft.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
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
      nn | rusforebygg*                | Det rusførebyggjande arbeidet held fram.           | true
      nn | "unge utenfor"              | Fleire unge utanfor arbeid skal få jobb.           | true
      nn | heltidskultur*              | Kommunen skal byggje ein heiltidskultur.           | true
      nn | brukere                     | Brukarar av tenestene skal høyrast.                | true
      nn | innbyggerne                 | Innbyggjarane skal få seie si meining.             | true
      nn | tilpassede                  | Bustadene er tilpassa rørslehemma.                 | true
      nn | selvmord*                   | Sjølvmord skal førebyggjast.                       | true
      nn | lekeplass*                  | Leikeplassen skal rustast opp.                     | true
      nn | løsninger*                  | Opne overvassløysingar er lokale løysingar.        | true
      nn | fremmede                    | Framande artar skal fjernast.                      | true
      nn | vegnett*                    | Veignat er ikkje eit ord.                          | false
      nn | egnet                       | Vegnettet er eigna for sykkel.                     | true
      nn | grønn*                      | Grøne tak tek vare på overvatnet.                  | true
      nn | lekkasje*                   | Leiken i parken er populær.                        | false
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
    long derived = rules.stream().filter(r -> r.id().startsWith("nnb.")).count();
    long merged = rules.stream().filter(r -> r.id().startsWith("nn.") && r.expression().contains(") OR (")).count();
    // every bokmål rule is a nynorsk rule: folded into its nn.X twin or kept as nnb.X
    assertThat(derived + merged).isEqualTo(bokmal);
    assertThat(derived).isPositive();
    assertThat(rules.stream().filter(r -> r.id().startsWith("nnb."))).allMatch(r -> r.language() == Language.NN);
    TaggingRule twin = rules.stream().filter(r -> r.id().equals("nn.6.3.vannkvalitet")).findFirst().orElseThrow();
    assertThat(twin.expression()).contains(") OR (");
  }

  @Test
  void nynorskTextIsReadWithTheDerivedBokmalVocabulary() throws IOException {
    // "helseforskjeller*" is only in the bokmål rules; its nynorsk form reads "helseforskjellar"
    String text = "Kommunen skal kartleggje helseforskjellar i befolkninga.";
    assertThat(SdgTagger.bundled().tag("d", text, Language.NN).goalCodes()).containsExactly(GoalCode.of(3));
    SdgTagger.Builder nynorskOnly = SdgTagger.builder();
    for (String name : List.of("rules/nn-goals.sdgrules", "rules/nn-targets.sdgrules")) {
      try (InputStream in = SdgTagger.class.getResourceAsStream(name)) {
        nynorskOnly.addRules(new InputStreamReader(in, StandardCharsets.UTF_8), name);
      }
    }
    assertThat(nynorskOnly.build().tag("d", text, Language.NN).goalCodes()).isEmpty();
  }

  @Test
  void bokmalTextNeverUsesTheDerivedRules() {
    TagResult r = SdgTagger.bundled().tag("d", "Spillvannet fra hyttefeltet skal renses.", Language.NB);
    assertThat(r.goalCodes()).contains(GoalCode.of(6));
    assertThat(r.goals()).allSatisfy(g -> assertThat(g.matches()).allMatch(m -> m.ruleId().startsWith("nb.")));
  }
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Kommunen vil auke talet på plassar i institusjon for eldre.                  | 3  | true
      Ungdomsklubben får ein rusrådgjevar to kveldar i veka.                       | 3  | true
      Kulturskulen innfører søskenmoderasjon og fleire friplassar.                 | 10 | true
      Kulturskulen får ny rektor frå hausten.                                      | 10 | false
      Busetjingsmønsteret i kommunen skal styrkje bygdesentruma.                   | 11 | true
      Fleire mobilmaster skal gje dekning i heile kommunen.                        | 9  | true
      Vandringshinder i sideelvane skal fjernast.                                  | 15 | true
      Kommunen skal slutte med kjemisk ugrasbekjemping på kyrkjegardane.           | 12 | true
      Tal på gjestedøgn ved hotella i kommunen.                                    | 8  | true
      """)
  void theNinthRoundNynorskVocabularyIsRead(String text, int goal, boolean expected) {
    // tag9n: municipal nynorsk words that neither the nn rules nor the derived bokmål rules read before
    assertThat(SdgTagger.bundled().tag("d", text, Language.NN).goalCodes().contains(GoalCode.of(goal)))
        .isEqualTo(expected);
  }
}
