package io.github.livskraft.tagger;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Formats the one-line explanations of suggestions. */
final class Explanations {
  private Explanations() {}

  static String of(String what, double score, Boolean primary, List<RuleMatch> matches, Locale locale) {
    String lang = locale.getLanguage();
    boolean nn = lang.equals("nn");
    boolean nb = lang.equals("nb") || lang.equals("no");
    String role = primary == null ? "" : primary
        ? (nn ? "hovudmål, " : nb ? "hovedmål, " : "main goal, ")
        : (nn ? "sidemål, " : nb ? "sidemål, " : "secondary, ");
    String head = String.format(Locale.ROOT, "%s (%s%s %.2f): ", what, role, nn || nb ? "poeng" : "score", score);
    return head + matches.stream().map(m -> {
      if (m.ruleId().equals(RuleMatch.MODEL)) {
        return String.format(Locale.ROOT, "%s, p = %.2f", Evidence.MODEL.describe(locale), m.weight());
      }
      String words = m.spans().stream().map(s -> "\"" + s.text() + "\"").distinct().collect(Collectors.joining(", "));
      String rule;
      if (m.explicit()) {
        rule = nn ? "nemnt eksplisitt" : nb ? "nevnt eksplisitt" : "named explicitly";
      } else {
        rule = (nn || nb ? "regel " : "rule ") + m.ruleId();
        if (m.code().indexOf('.') >= 0) {
          rule += (nn || nb ? ", delmål " : ", target ") + m.code();
        }
      }
      return String.format(Locale.ROOT, "%s (%s, +%.2f)", words, rule, m.contribution());
    }).collect(Collectors.joining("; "));
  }
}
