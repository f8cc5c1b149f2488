package io.github.livskraft.tagger;

import io.github.livskraft.sdg.Language;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Formats the one-line explanations of suggestions, in the language {@link Language#of(Locale)} gives for the locale
 * (bokmål for {@code nb} and {@code no}, nynorsk for {@code nn} and {@code no-NO-NY}, English for any other locale).
 */
final class Explanations {
  private Explanations() {}

  static String of(String what, double score, Boolean primary, List<RuleMatch> matches, Locale locale) {
    Language language = Language.of(locale);
    String role = primary == null ? "" : primary
        ? pick(language, "main goal, ", "hovedmål, ", "hovudmål, ")
        : pick(language, "secondary, ", "sidemål, ", "sidemål, ");
    String head = String.format(Locale.ROOT, "%s (%s%s %.2f): ", what, role, pick(language, "score", "poeng", "poeng"),
        score);
    return head + matches.stream().map(m -> {
      if (m.ruleId().equals(RuleMatch.MODEL)) {
        return String.format(Locale.ROOT, "%s, p = %.2f", Evidence.MODEL.describe(locale), m.weight());
      }
      String words = m.spans().stream().map(s -> "\"" + s.text() + "\"").distinct().collect(Collectors.joining(", "));
      String rule;
      if (m.explicit()) {
        rule = pick(language, "named explicitly", "nevnt eksplisitt", "nemnt eksplisitt");
      } else {
        rule = pick(language, "rule ", "regel ", "regel ") + m.ruleId();
        if (m.code().indexOf('.') >= 0) {
          rule += pick(language, ", target ", ", delmål ", ", delmål ") + m.code();
        }
      }
      return String.format(Locale.ROOT, "%s (%s, +%.2f)", words, rule, m.contribution());
    }).collect(Collectors.joining("; "));
  }

  private static String pick(Language language, String english, String bokmaal, String nynorsk) {
    return switch (language) {
      case EN -> english;
      case NB -> bokmaal;
      case NN -> nynorsk;
    };
  }
}
