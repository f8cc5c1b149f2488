package io.github.livskraft.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.tagger.internal.TextModel;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link SdgTagger.Builder#secondOpinion(boolean)}: the statistical second opinion for short Norwegian texts. */
class SecondOpinionTest {
  private static final SdgTagger RULES = SdgTagger.bundled();
  private static final SdgTagger BOTH = SdgTagger.builder().addBundled().secondOpinion(true).build();

  private static final String APPRENTICES = "Kommunen skal auke talet på lærlingar i kommunale verksemder.";

  @Test
  void aWeaklyFoundedRuleGoalTheModelFindsUnlikelyIsDropped() {
    TagResult rules = RULES.tag("d", APPRENTICES, Language.NN);
    assertThat(rules.goalCodes()).containsExactly(GoalCode.of(8), GoalCode.of(4));
    assertThat(rules.goals().get(1).evidence()).isEqualTo(Evidence.SINGLE_BELOW);
    TagResult both = BOTH.tag("d", APPRENTICES, Language.NN);
    assertThat(both.goalCodes()).containsExactly(GoalCode.of(8));
    // the well-founded goal is the same suggestion
    assertThat(both.goals().get(0)).isEqualTo(rules.goals().get(0));
    assertThat(both.targets()).allSatisfy(t -> assertThat(t.target().goal()).isEqualTo(GoalCode.of(8)));
  }

  @Test
  void aTextsOnlyGoalIsKeptEvenWhenTheModelFindsItUnlikely() {
    String text = "Formannskapet ber om at det utarbeides en egen sak om innsyn i postjournalen.";
    TagResult rules = RULES.tag("d", text, Language.NB);
    assertThat(rules.goalCodes()).containsExactly(GoalCode.of(16));
    assertThat(rules.goals().get(0).evidence()).isEqualTo(Evidence.SINGLE_SOLE);
    assertThat(rules.goals().get(0).confidence()).isLessThan(SdgTagger.SECOND_OPINION_KEEP);
    // the model finds goal 16 unlikely here (about 0.03), but the text's only goal stays
    assertThat(TextModel.bundled().probabilities(text)[15]).isLessThan(SdgTagger.SECOND_OPINION_VETO);
    assertThat(BOTH.tag("d", text, Language.NB).goals()).startsWith(rules.goals().get(0));
  }

  @Test
  void goalsTheModelAddsComeAfterTheRuleGoalsWithoutSpans() {
    String text = "Det skal gjennomføres en trafikksikkerhetsvurdering av krysset ved Nordbygda.";
    TagResult rules = RULES.tag("d", text, Language.NB);
    TagResult both = BOTH.tag("d", text, Language.NB);
    assertThat(both.goals().subList(0, rules.goals().size())).isEqualTo(rules.goals());
    List<GoalSuggestion> added = both.goals().subList(rules.goals().size(), both.goals().size());
    assertThat(added).isNotEmpty().allSatisfy(g -> {
      assertThat(g.evidence()).isEqualTo(Evidence.MODEL);
      assertThat(g.confidence()).isEqualTo(0.69);
      assertThat(g.score()).isZero();
      assertThat(g.primary()).isFalse();
      assertThat(g.matches()).singleElement().satisfies(m -> {
        assertThat(m.ruleId()).isEqualTo(RuleMatch.MODEL);
        assertThat(m.spans()).isEmpty();
        assertThat(m.weight()).isBetween(SdgTagger.SECOND_OPINION_ADD, 1.0);
      });
      assertThat(g.explanation(Locale.forLanguageTag("nb"))).contains("statistisk andrevurdering, p = 0.");
      assertThat(g.explanation()).contains("statistical second opinion");
    });
    assertThat(both.targetCodes()).isEqualTo(rules.targetCodes());
    // a minimum confidence of 0.8 keeps only well-founded rule goals
    SdgTagger sure = SdgTagger.builder().addBundled().secondOpinion(true).minConfidence(0.8).build();
    assertThat(sure.tag("d", text, Language.NB).goals()).noneMatch(g -> g.evidence() == Evidence.MODEL);
  }

  @Test
  void explicitGoalsEnglishAndLongTextsAreLeftToTheRules() {
    String explicit = APPRENTICES + " Sjå berekraftsmål 4.";
    assertThat(BOTH.tag("d", explicit, Language.NN).goalCodes()).contains(GoalCode.of(4));
    String english = "Apprentices in municipal services and a new cycle path past the school.";
    assertThat(BOTH.tag("d", english, Language.EN)).isEqualTo(RULES.tag("d", english, Language.EN));
    String longText = (APPRENTICES + " ").repeat(20);
    assertThat(longText.length()).isGreaterThan(SdgTagger.SECOND_OPINION_MAX_CHARS);
    assertThat(BOTH.tag("d", longText, Language.NN)).isEqualTo(RULES.tag("d", longText, Language.NN));
  }
}
