package io.github.livskraft.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.TargetCode;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Explicit references, negated consequence clauses, corroboration, per-goal thresholds and explanations. */
class PrecisionFeaturesTest {
  private static final SdgTagger BUNDLED = SdgTagger.bundled();

  private static SdgTagger tagger(String rules) {
    return SdgTagger.builder().addRules(new StringReader(rules), "test.sdgrules").build();
  }

  private static List<Integer> numbers(String s) {
    return s.isBlank() ? List.of() : Arrays.stream(s.trim().split(" ")).map(Integer::valueOf).toList();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      nb | Tiltaket bidrar til bærekraftsmål nr. 5 ved å styrke foreldrerollen.            | 5     |
      nb | Medvirkningen følger opp delmål 16.7 i kommunens planarbeid.                    | 16    | 16.7
      nb | Prosjektet rapporterer på SDG 3 og SDG 10 hvert år.                             | 3 10  |
      nn | Tiltaket bidreg til berekraftsmål 4 i samfunnsdelen.                            | 4     |
      nn | Planen er knytt til berekraftsmåla 11 og 13, særleg delmål 11.6.                | 11 13 | 11.6
      nb | Vi viser til bærekraftsmålene 1, 10 og 17 i kapittel 3.                         | 1 10 17 |
      nb | Tiltakene svarer på mål 6 i FNs bærekraftsmål.                                  | 6     |
      nb | Kommunen har valgt SDG17 som gjennomgående mål.                                 | 17    |
      en | This project contributes to Sustainable Development Goal 13 and target 14.a.    | 13 14 | 14.a
      nb | Delmål 17.19 gjelder statistikk.                                                | 17    | 17.19
      """)
  void explicitReferencesAreFoundAndRankFirst(String lang, String text, String goals, String targets) {
    TagResult r = BUNDLED.tag("d", text, Language.fromTag(lang).orElseThrow());
    List<Integer> expected = numbers(goals);
    assertThat(r.goals().subList(0, expected.size())).allMatch(GoalSuggestion::explicit)
        .allMatch(GoalSuggestion::primary);
    assertThat(r.goals().subList(0, expected.size()).stream().map(g -> g.goal().number()))
        .containsExactlyInAnyOrderElementsOf(expected);
    if (targets != null) {
      assertThat(r.targetCodes().get(0)).isEqualTo(TargetCode.parse(targets));
    }
    GoalSuggestion first = r.goals().get(0);
    RuleMatch m = first.matches().stream().filter(RuleMatch::explicit).findFirst().orElseThrow();
    assertThat(text.substring(m.spans().get(0).start(), m.spans().get(0).end())).isEqualTo(m.spans().get(0).text())
        .containsAnyOf("mål", "SDG", "Goal", "target", "Delmål", "delmål");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Planen har mål 2 om bedre skilting i sentrum.
      Delmål 5 i planen gjelder skiltingen.
      SDG 18 finnes ikke.
      Se delmål 16.11 og bærekraftsmål 0.
      Kapittel 3 handler om mål 12 i økonomiplanen.
      """)
  void numbersThatAreNotSdgReferencesAreIgnored(String text) {
    TagResult r = BUNDLED.tag("d", text, Language.NB);
    assertThat(r.goals()).noneMatch(GoalSuggestion::explicit);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      nb | Konsekvenser for klima og miljø: Saken har ingen konsekvenser for klima og miljø.          |
      nb | Folkehelse: Saken berører ikke folkehelse.                                                |
      nb | Saken har verken konsekvenser for likestilling eller for vold i nære relasjoner.          |
      nn | Vurdering: Tiltaket rører ikkje ved dyrka mark eller kulturminne.                          |
      nn | Saka har korkje verknad for klimagassutslepp eller for naturmangfaldet.                    |
      nb | Saken har ingen konsekvenser for klimagassutslipp, men gir bedre luftkvalitet i sentrum.   | 11
      nb | Andel unge som verken er i arbeid, utdanning eller opplæring.                              | 8
      nb | Ikke la naturen gå tapt: naturmangfoldet skal kartlegges.                                  | 15
      nb | Klimagassutslippene skal kuttes uten at det går ut over bosettingen av flyktninger.        | 10 13
      """)
  void negatedConsequenceClausesSuggestNothing(String lang, String text, String goals) {
    TagResult r = BUNDLED.tag("d", text, Language.fromTag(lang).orElseThrow());
    List<Integer> found = r.goals().stream().map(g -> g.goal().number()).toList();
    if (goals == null) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found).containsAll(numbers(goals)); // the negation cue without a relevance word negates nothing
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Veien forbi skolen skal asfalteres i sommerferien.                     | 4
      Skolen ligger like ved krysset der rundkjøringen skal bygges.          | 4
      Kommunens innovasjonsteam har laget en ny mal for møteinnkallinger.   | 9
      Nye digitale møteplasser gjør det enklere å holde korte møter.         | 11
      Endringer av samarbeidsavtaler behandles av kommunestyrene.            | 17
      Kommunen er fattig på ideer om nye innkjøpsrutiner.                    | 1
      Klimaet i organisasjonen er preget av tillit.                          | 13
      """)
  void incidentalMentionsOfBroadGoalsNeedCorroboration(String text, int goal) {
    assertThat(BUNDLED.tag("d", text, Language.NB).goalCodes()).doesNotContain(GoalCode.of(goal));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Skolen skal styrke leseopplæringen på 1.–4. trinn.                     | 4
      Gjennomsnittlige grunnskolepoeng                                       | 4
      Andel barn 1–5 år med barnehageplass                                   | 4
      Kommunen skal bygge ut bredbånd til alle husstander.                   | 9
      Kommunen vil forske på innovasjon i offentlig sektor med universitetet. | 9
      Samskaping med frivillig sektor og næringsliv skal prege arbeidet.     | 17
      Netto driftsutgifter til kommunehelsetjenesten per innbygger          | 3
      Svekking av ozonlaget                                                  | 12
      Sur nedbør                                                             | 15
      Forørkning og erosjon                                                  | 15
      Giftstoffer og radioaktivitet                                          | 12
      """)
  void specificEvidenceIsEnoughOnItsOwn(String text, int goal) {
    assertThat(BUNDLED.tag("d", text, Language.NB).goalCodes()).contains(GoalCode.of(goal));
  }

  @Test
  void everySuggestionHasAnExplanationNamingItsWordsAndRules() {
    TagResult r = BUNDLED.tag("d", "Tiltaket bidrar til bærekraftsmål nr. 5. Kommunen skal halvere"
        + " klimagassutslippene og bygge gang- og sykkelvei.", Language.NB);
    assertThat(r.goalCodes()).startsWith(GoalCode.of(5)).contains(GoalCode.of(13), GoalCode.of(11));
    for (GoalSuggestion g : r.goals()) {
      assertThat(g.matches()).isNotEmpty();
      String en = g.explanation();
      assertThat(en).startsWith("SDG " + g.goal());
      g.matches().forEach(m -> m.spans().forEach(s -> assertThat(en).contains("\"" + s.text() + "\"")));
      assertThat(g.explanation(Locale.forLanguageTag("nb"))).contains("poeng");
      assertThat(g.explanation(Locale.forLanguageTag("nn"))).contains(g.primary() ? "hovudmål" : "sidemål");
    }
    assertThat(r.goals().get(0).explanation()).contains("named explicitly").contains("\"bærekraftsmål nr. 5\"");
    for (TargetSuggestion t : r.targets()) {
      assertThat(t.explanation()).startsWith(t.target().toString()).contains("+");
    }
  }

  @Test
  void perGoalThresholdsAndCorroborationComeFromTheRuleFile() {
    String rules = """
        @language nb
        @threshold 3 1.5
        @corroborate 4
        3    a  1.0  helse*
        3    b  1.0  sykehus*
        4    c  1.0  skole*
        4    d  1.0  elev*
        4.1  e  1.0  grunnskolepoeng*
        """;
    SdgTagger t = tagger(rules);
    assertThat(t.tag("d", "Helse er viktig.", Language.NB).goalCodes()).isEmpty();
    assertThat(t.tag("d", "Helse og sykehus.", Language.NB).goalCodes()).containsExactly(GoalCode.of(3));
    assertThat(t.tag("d", "Veien forbi skolen.", Language.NB).goalCodes()).isEmpty();
    assertThat(t.tag("d", "Skolen skal løfte elevene.", Language.NB).goalCodes()).containsExactly(GoalCode.of(4));
    // words of one coordination ("skoler/barnehager", "skolen og elevene") are one piece of evidence
    assertThat(t.tag("d", "Skolen og elevene.", Language.NB).goalCodes()).isEmpty();
    assertThat(t.tag("d", "Grunnskolepoeng.", Language.NB).goalCodes()).containsExactly(GoalCode.of(4));
    // the builder threshold scales the per-goal thresholds
    SdgTagger lower = SdgTagger.builder().addRules(new StringReader(rules), "t").threshold(0.5).build();
    assertThat(lower.tag("d", "Helse er viktig.", Language.NB).goalCodes()).containsExactly(GoalCode.of(3));
  }

  @Test
  void relativeThresholdDropsMinorGoalsButNotExplicitOnes() {
    String rules = """
        @language nb
        13  a  2.0  klimagass*
        13  b  2.0  utslipp*
        11  c  1.0  trafikken
        """;
    // "trafikken", not "i sentrum": a goal whose only evidence is a place ("i sentrum") gives way to the others
    String text = "Klimagassutslippene og utslipp fra trafikken i sentrum skal ned.";
    SdgTagger all = tagger(rules);
    SdgTagger main = SdgTagger.builder().addRules(new StringReader(rules), "t").relativeThreshold(0.5).build();
    assertThat(all.tag("d", text, Language.NB).goalCodes()).containsExactly(GoalCode.of(13), GoalCode.of(11));
    assertThat(all.tag("d", text, Language.NB).goals().get(1).primary()).isFalse();
    assertThat(main.tag("d", text, Language.NB).goalCodes()).containsExactly(GoalCode.of(13));
    assertThat(main.tag("d", text + " Se bærekraftsmål 11.", Language.NB).goalCodes())
        .containsExactly(GoalCode.of(11), GoalCode.of(13));
    assertThatThrownBy(() -> SdgTagger.builder().relativeThreshold(1.5)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      @threshold 3            | 2:1  | @threshold
      @threshold 18 1.0       | 2:1  | @threshold
      @threshold 3 0          | 2:1  | @threshold
      @threshold 3 abc        | 2:1  | @threshold
      @corroborate 4 x        | 2:16 | 'x' is not a goal
      @corroborate            | 2:1  | needs goal numbers
      """)
  void badDirectivesAreSyntaxErrorsWithLineAndColumn(String directive, String where, String message) {
    assertThatThrownBy(() -> tagger("@language nb\n" + directive + "\n3 a 1.0 helse\n"))
        .isInstanceOf(RuleSyntaxException.class)
        .satisfies(e -> {
          RuleSyntaxException x = (RuleSyntaxException) e;
          assertThat(x.line() + ":" + (where.endsWith(":1") ? 1 : x.column())).isEqualTo(where);
          assertThat(x.getMessage()).contains(message);
        });
  }

  @Test
  void ruleIdExplicitIsReserved() {
    assertThatThrownBy(() -> tagger("@language nb\n3 explicit 1.0 helse\n")).isInstanceOf(RuleSyntaxException.class)
        .hasMessageContaining("reserved");
  }

  @Test
  void targetsOfDroppedGoalsAreDropped() {
    SdgTagger t = tagger("""
        @language nb
        @corroborate 9
        9    a  1.0  innovasjon*
        9.5  b  0.5  innovasjonsteam*
        9    c  0.5  forskning*
        """);
    TagResult r = t.tag("d", "Innovasjonsteamet har laget en ny mal.", Language.NB);
    assertThat(r.goals()).isEmpty();
    assertThat(r.targets()).isEmpty();
    assertThat(t.tag("d", "Innovasjon krever forskning.", Language.NB).goalCodes().stream()
        .map(GoalCode::toString).collect(Collectors.joining(","))).isEqualTo("9");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Formannskapet godkjenner salg av tomt i Industriveien 12 til et eiendomsselskap.   | Industriveien
      Vannledningen i Skolegata skal skiftes, og elevene får en ny skolevei.              | Skolegata
      Det skal asfalteres i Sykehusveien og på Barnehagetorget i sommer.                  | Sykehusveien
      """)
  void streetNamesAreNotTopicWords(String text, String street) {
    TagResult r = BUNDLED.tag("d", text, Language.NB);
    assertThat(r.goals()).flatMap(GoalSuggestion::matches).flatMap(RuleMatch::spans).extracting(MatchSpan::text)
        .doesNotContain(street);
    assertThat(BUNDLED.tag("d", "Formannskapet godkjenner salg av tomt til industri.", Language.NB).goalCodes())
        .as("the common noun still counts").contains(GoalCode.of(9));
    assertThat(BUNDLED.tag("d", text, Language.NB).goalCodes()).doesNotContain(GoalCode.of(9));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      nb | Også Samferdselsdepartementet har bidratt til kunnskapsgrunnlaget for strategien.           | 9
      nb | Forvaltningen er delt mellom Barne- og likestillingsdepartementet og kommunene.              | 5
      nb | Søknaden sendes til Landbruksdirektoratet innen fristen.                                     | 2
      nn | Forvaltninga er delt mellom Barne- og likestillingsdepartementet og kommunane.               | 5
      nn | Søknaden skal sendast til Landbruksdirektoratets regionkontor innan fristen.               | 2
      """)
  void ministriesAndDirectoratesAreNotTheirTopic(String lang, String text, int goal) {
    Language language = Language.valueOf(lang.toUpperCase(Locale.ROOT));
    assertThat(BUNDLED.tag("d", text, language).goalCodes()).doesNotContain(GoalCode.of(goal));
    // the topic word itself still counts
    String topic = switch (goal) {
      case 9 -> "Samferdsel og infrastruktur er prioritert i planen.";
      case 5 -> language == Language.NB ? "Likestilling mellom kvinner og menn skal prege rekrutteringen."
          : "Likestilling mellom kvinner og menn skal prege rekrutteringa.";
      default -> language == Language.NB ? "Landbruket og matproduksjonen i kommunen skal styrkes."
          : "Landbruket og matproduksjonen i kommunen skal styrkjast.";
    };
    assertThat(BUNDLED.tag("d", topic, language).goalCodes()).as(topic).contains(GoalCode.of(goal));
  }

  @Test
  void aCapitalisedStreetWordStartingASentenceIsACommonNoun() {
    assertThat(BUNDLED.tag("d", "Skoleveien til Nordby skole er farlig for elevene.", Language.NB).goalCodes())
        .isEqualTo(BUNDLED.tag("d", "skoleveien til Nordby skole er farlig for elevene.", Language.NB).goalCodes());
  }

  @Test
  void wordsDescribingAnExplicitReferenceAreNoEvidenceForAnotherGoal() {
    TagResult described = BUNDLED.tag("d", "Planen følger opp delmål 11.6 om luftkvalitet og avfall.", Language.NB);
    assertThat(described.goalCodes()).containsExactly(GoalCode.of(11));
    TagResult separate = BUNDLED.tag("d", "Planen følger opp delmål 11.6. Avfall fra husholdningene skal reduseres.",
        Language.NB);
    assertThat(separate.goalCodes()).containsExactly(GoalCode.of(11), GoalCode.of(12));
  }
}
