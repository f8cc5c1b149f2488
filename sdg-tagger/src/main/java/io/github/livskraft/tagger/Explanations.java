package io.github.livskraft.tagger;

import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.LocalizedText;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Formats the one-line explanations of suggestions, in the language {@link Language#of(Locale)} gives for the locale
 * (bokmål for {@code nb} and {@code no}, nynorsk for {@code nn} and {@code no-NO-NY}, English for any other locale).
 */
final class Explanations {
  private Explanations() {}

  // bokmål, nynorsk, English (LocalizedText.of's order)
  private static final LocalizedText MAIN_GOAL = LocalizedText.of("hovedmål, ", "hovudmål, ", "main goal, ");
  private static final LocalizedText SECONDARY = LocalizedText.of("sidemål, ", "sidemål, ", "secondary, ");
  private static final LocalizedText SCORE = LocalizedText.of("poeng", "poeng", "score");
  private static final LocalizedText RULE = LocalizedText.of("regel ", "regel ", "rule ");
  private static final LocalizedText TARGET = LocalizedText.of(", delmål ", ", delmål ", ", target ");

  static String of(String what, double score, Boolean primary, List<RuleMatch> matches, Locale locale) {
    Language language = Language.of(locale);
    String role = primary == null ? "" : (primary ? MAIN_GOAL : SECONDARY).text(language);
    String head = String.format(Locale.ROOT, "%s (%s%s %.2f): ", what, role, SCORE.text(language), score);
    return head + matches.stream().map(m -> {
      if (m.ruleId().equals(RuleMatch.MODEL)) {
        return String.format(Locale.ROOT, "%s, p = %.2f", Evidence.MODEL.describe(locale), m.weight());
      }
      String words = m.spans().stream().map(s -> "\"" + s.text() + "\"").distinct().collect(Collectors.joining(", "));
      String rule;
      if (m.explicit()) {
        rule = Evidence.EXPLICIT.describe(locale); // "named explicitly", "nevnt eksplisitt", "nemnt eksplisitt"
      } else {
        rule = RULE.text(language) + m.ruleId();
        if (m.code().indexOf('.') >= 0) {
          rule += TARGET.text(language) + m.code();
        }
      }
      return String.format(Locale.ROOT, "%s (%s, +%.2f)", words, rule, m.contribution());
    }).collect(Collectors.joining("; "));
  }
}
