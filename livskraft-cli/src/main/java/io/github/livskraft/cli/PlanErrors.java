package io.github.livskraft.cli;

import io.github.livskraft.plan.PlanParseException;
import io.github.livskraft.sdg.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan file's parse error as the command line prints it: {@code file:line:column: CODE [json path] what was
 * wrong and what was expected}, in one language, with "did you mean" for a misspelt enum value, and never a
 * parser's internal wording (type names, "[Source: …]").
 */
final class PlanErrors {
  /** plan-model's English detail for a value that is not one of an enum's constants. */
  private static final Pattern ENUM = Pattern.compile("invalid value '([^']*)': expected one of \\[([^\\]]*)\\]");
  private static final Pattern END_OF_INPUT = Pattern.compile("No content to map due to end-of-input");
  /** SnakeYAML's text for a TAB used as indentation, with the line and column of the TAB (1-based). */
  private static final Pattern TAB = Pattern.compile(
      "found character '\\\\t\\(TAB\\)' that cannot start any token.*?line (\\d+), column (\\d+)", Pattern.DOTALL);
  private static final Pattern TYPE_NAME = Pattern.compile("`[a-z][\\w.$]*\\.([A-Z]\\w*)`");

  private static final Pattern MISSING = Pattern.compile("Missing required property '([^']+)'");
  /** A key in YAML ({@code key:}) or JSON ({@code "key":}). */
  private static final Pattern KEY = Pattern.compile("^[\\s-]*\"?([A-Za-z_][\\w-]*)\"?\\s*:");

  private PlanErrors() {}

  /**
   * For a missing required property: a key in the same file, at or after the object's line, that is a close
   * misspelling of it ("titel" for "title"), as "did you mean" with its line; "" when there is none.
   */
  static String misspeltKey(String file, String property, int fromLine, Language language) {
    List<String> lines;
    try {
      Path p = Path.of(file);
      if (!Files.isRegularFile(p) || Files.size(p) > InputFile.TEXT_CHECK_LIMIT) {
        return "";
      }
      lines = Files.readAllLines(p, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return ""; // only a hint: the error itself stands
    }
    for (int i = Math.max(0, fromLine - 1); i < lines.size(); i++) {
      Matcher k = KEY.matcher(lines.get(i));
      if (k.find() && !k.group(1).equals(property)
          && closest(k.group(1), List.of(property)).contains(property)) {
        return CliMessages.text("misspelt-key", language, k.group(1), Integer.toString(i + 1), property);
      }
    }
    return "";
  }

  /**
   * Formats a parse error.
   *
   * @param e the error
   * @param language the reader's language
   * @return one line
   */
  static String format(PlanParseException e, Language language) {
    return location(e) + ": " + e.code() + (e.path().isEmpty() ? "" : " [" + e.path() + "]") + " "
        + detail(e, language);
  }

  /** The TAB problem in the parser's exception chain, or null. */
  private static Matcher tab(PlanParseException e) {
    for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      String m = t.getMessage();
      if (m != null) {
        Matcher matcher = TAB.matcher(m);
        if (matcher.find()) {
          return matcher;
        }
      }
    }
    return null;
  }

  /**
   * The line a parse error is on: the TAB's own line for a TAB in YAML (the parser's location is the token
   * before it), else the reader's.
   */
  static String location(PlanParseException e) {
    Matcher tab = tab(e);
    return tab == null ? e.location().toString() : e.location().file() + ":" + tab.group(1) + ":" + tab.group(2);
  }

  /** What was wrong and what was expected, in the reader's language where the command line knows the case. */
  static String detail(PlanParseException e, Language language) {
    if (tab(e) != null) {
      return CliMessages.text("yaml-tab", language);
    }
    String detail = e.detail();
    Matcher m = ENUM.matcher(detail);
    if (m.find()) {
      String value = m.group(1);
      List<String> accepted = Arrays.stream(m.group(2).split(",")).map(String::strip).toList();
      String text = CliMessages.BUNDLE.format(CliErrorCode.INVALID_VALUE.code(), language, e.path().isEmpty() ? "$" : e.path(), value,
          String.join(", ", accepted));
      List<String> close = closest(value, accepted);
      return close.isEmpty() ? text : text + " " + CliMessages.text("did-you-mean", language, String.join(", ",
          close));
    }
    if (END_OF_INPUT.matcher(detail).find()) {
      return CliMessages.BUNDLE.format(CliErrorCode.EMPTY_FILE.code(), language, e.location().file(), CliMessages.text("expected.plan",
          language));
    }
    String picked = e.detail(language);
    Matcher missing = MISSING.matcher(detail);
    if (missing.find()) {
      String hint = misspeltKey(e.location().file(), missing.group(1), e.location().line(), language);
      if (!hint.isEmpty()) {
        picked = picked + " " + hint;
      }
    }
    // never a Java type name: `io.github.livskraft.plan.PlanKind` becomes PlanKind
    return TYPE_NAME.matcher(picked).replaceAll("$1");
  }

  /**
   * The candidates closest to a misspelt value (edit distance at most a third of its length, at least 1; case
   * ignored), best first.
   */
  static List<String> closest(String value, List<String> candidates) {
    String v = value.toLowerCase(Locale.ROOT);
    int best = Math.max(1, v.length() / 3) + 1;
    List<String> out = new ArrayList<>();
    for (String c : candidates) {
      int d = distance(v, c.toLowerCase(Locale.ROOT));
      if (d < best) {
        best = d;
        out.clear();
        out.add(c);
      } else if (d == best) {
        out.add(c);
      }
    }
    return out;
  }

  /** Levenshtein distance (insert, delete, replace), two rows. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int replace = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(replace, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
