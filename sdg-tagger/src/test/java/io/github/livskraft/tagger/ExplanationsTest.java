package io.github.livskraft.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.TargetCode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The language of {@link GoalSuggestion#explanation(Locale)} and {@link TargetSuggestion#explanation(Locale)} is the
 * one {@link Language#of(Locale)} gives, with its fallback (English for any language other than Norwegian), as for
 * {@link Evidence#describe(Locale)}.
 */
class ExplanationsTest {
  private static final List<RuleMatch> MATCHES = List.of(
      new RuleMatch(RuleMatch.EXPLICIT, "13", Language.NB, 3, 3, List.of(new MatchSpan(0, 6, "SDG 13"))),
      new RuleMatch("nn.13.2.klimaplan", "13.2", Language.NN, 1, 1.25,
          List.of(new MatchSpan(10, 17, "halvere"), new MatchSpan(18, 35, "klimagassutsleppa"),
              new MatchSpan(40, 47, "halvere"))),
      new RuleMatch("nb.13.klima", "13", Language.NB, 1, 1, List.of(new MatchSpan(50, 55, "klima"))),
      new RuleMatch(RuleMatch.MODEL, "13", Language.NB, 0.42, 0, List.of()));
  private static final GoalSuggestion MAIN = new GoalSuggestion(GoalCode.of(13), 5.25, true, MATCHES,
      Evidence.EXPLICIT);
  private static final GoalSuggestion SECONDARY = new GoalSuggestion(GoalCode.of(13), 5.25, false, MATCHES,
      Evidence.EXPLICIT);

  private static final String EN = "SDG 13 (main goal, score 5.25): \"SDG 13\" (named explicitly, +3.00); \"halvere\","
      + " \"klimagassutsleppa\" (rule nn.13.2.klimaplan, target 13.2, +1.25); \"klima\" (rule nb.13.klima, +1.00);"
      + " statistical second opinion, p = 0.42";
  private static final String NB = "SDG 13 (hovedmål, poeng 5.25): \"SDG 13\" (nevnt eksplisitt, +3.00); \"halvere\","
      + " \"klimagassutsleppa\" (regel nn.13.2.klimaplan, delmål 13.2, +1.25); \"klima\" (regel nb.13.klima, +1.00);"
      + " statistisk andrevurdering, p = 0.42";
  private static final String NN = "SDG 13 (hovudmål, poeng 5.25): \"SDG 13\" (nemnt eksplisitt, +3.00); \"halvere\","
      + " \"klimagassutsleppa\" (regel nn.13.2.klimaplan, delmål 13.2, +1.25); \"klima\" (regel nb.13.klima, +1.00);"
      + " statistisk andrevurdering, p = 0.42";

  @Test
  void englishBokmaalAndNynorsk() {
    assertThat(MAIN.explanation()).isEqualTo(EN);
    assertThat(MAIN.explanation(Locale.ENGLISH)).isEqualTo(EN);
    assertThat(MAIN.explanation(Locale.UK)).isEqualTo(EN);
    assertThat(MAIN.explanation(Locale.forLanguageTag("nb"))).isEqualTo(NB);
    assertThat(MAIN.explanation(Locale.forLanguageTag("nb-NO"))).isEqualTo(NB);
    assertThat(MAIN.explanation(Locale.forLanguageTag("no"))).isEqualTo(NB);
    assertThat(MAIN.explanation(Locale.forLanguageTag("nn"))).isEqualTo(NN);
    assertThat(SECONDARY.explanation(Locale.ENGLISH)).startsWith("SDG 13 (secondary, score 5.25): ");
    assertThat(SECONDARY.explanation(Locale.forLanguageTag("nb"))).startsWith("SDG 13 (sidemål, poeng 5.25): ");
    assertThat(SECONDARY.explanation(Locale.forLanguageTag("nn"))).startsWith("SDG 13 (sidemål, poeng 5.25): ");
  }

  @Test
  void nynorskWithARegionIsNynorsk() {
    Locale nnNo = Locale.forLanguageTag("nn-NO");
    assertThat(Language.of(nnNo)).isEqualTo(Language.NN);
    assertThat(MAIN.explanation(nnNo)).isEqualTo(NN);
    assertThat(SECONDARY.explanation(nnNo)).isEqualTo(SECONDARY.explanation(Locale.forLanguageTag("nn")));
  }

  @Test
  void anUnsupportedLocaleFallsBackToEnglish() {
    assertThat(Language.of(Locale.GERMAN)).isEqualTo(Language.EN);
    assertThat(MAIN.explanation(Locale.GERMAN)).isEqualTo(EN);
    assertThat(MAIN.explanation(Locale.GERMANY)).isEqualTo(EN);
    assertThat(MAIN.explanation(Locale.ROOT)).isEqualTo(EN);
    assertThat(SECONDARY.explanation(Locale.GERMAN)).isEqualTo(SECONDARY.explanation(Locale.ENGLISH));
  }

  /** Every part of a line is in one language, the one the rest of the library resolves the locale to. */
  @ParameterizedTest
  @ValueSource(strings = {"en", "en-US", "nb", "nb-NO", "no", "no-NO", "nn", "nn-NO", "no-NO-x-lvariant-NY", "de",
      "de-DE", "sv-SE", "se", "fr", "und"})
  void theLanguageIsLanguageOfTheLocale(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    Language language = Language.of(locale);
    assertThat(MAIN.explanation(locale)).isEqualTo(switch (language) {
      case EN -> EN;
      case NB -> NB;
      case NN -> NN;
    }).endsWith(Evidence.MODEL.describe(locale) + ", p = 0.42");
    TargetSuggestion target = new TargetSuggestion(TargetCode.parse("13.2"), 1.25,
        List.of(MATCHES.get(1)));
    assertThat(target.explanation(locale)).isEqualTo(target.explanation(language.locale()));
  }
}
