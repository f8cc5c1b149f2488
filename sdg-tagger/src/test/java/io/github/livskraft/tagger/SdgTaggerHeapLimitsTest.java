package io.github.livskraft.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule-file reader's default limits at their edges, in a forked JVM with a 256 MB heap (surefire execution
 * {@code heap-256m}, issue 17): a file exactly at each limit is read, built into a tagger and tags a text; one
 * character, rule or term more is refused with its code, file, line and column — never an out-of-memory error.
 */
@Tag("heap256")
class SdgTaggerHeapLimitsTest {
  @TempDir Path dir;

  @BeforeAll
  static void theForkHasA256MbHeap() {
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(256L * 1024 * 1024);
  }

  /** The rule lines (and their continuation lines) of the bundled bokmål goal rules, without directives. */
  private static String bundledRuleLines() throws IOException {
    try (InputStream in = SdgTagger.class.getResourceAsStream("rules/nb-goals.sdgrules")) {
      StringBuilder sb = new StringBuilder();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("@")) {
          sb.append(line).append('\n');
        }
      }
      return sb.toString();
    }
  }

  /** A distinct lower-case term of four letters ("aaaa", "aaab", …) for 0 ≤ i < 456 976. */
  private static String term(int i) {
    char[] c = new char[4];
    for (int k = 3; k >= 0; k--) {
      c[k] = (char) ('a' + i % 26);
      i /= 26;
    }
    return new String(c);
  }

  private static SdgTagger read(String rules) {
    return SdgTagger.builder().addRules(new StringReader(rules), "big.sdgrules").build();
  }

  private static void assertRefused(String rules, String code, int line, int column, String text) {
    assertThatThrownBy(() -> read(rules)).isInstanceOfSatisfying(RuleSyntaxException.class, e -> {
      assertThat(e.errorCode().code()).isEqualTo(code);
      assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
      assertThat(e.column()).as(e.getMessage()).isEqualTo(column);
      assertThat(e.getMessage()).startsWith("big.sdgrules:" + line + ":" + column + ": " + code + ": ")
          .contains(text);
      assertThat(e.getMessage(Locale.forLanguageTag("nn"))).contains(code).doesNotContain(text);
    });
  }

  /**
   * Exactly 4,000,000 characters: 60 copies of the bundled bokmål goal rules (ids made unique; some 1.3 million
   * characters) and comment lines, read from a file and tagging a real sentence; one character more is refused on
   * the last line.
   */
  @Test
  void aFileOfExactlyMaxRuleFileCharsIsReadOneMoreIsRefused() throws Exception {
    String rules = bundledRuleLines();
    Path file = dir.resolve("big.sdgrules");
    int max = SdgTagger.DEFAULT_MAX_RULE_FILE_CHARS;
    long written = 0;
    int lines = 0;
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      String head = "@language nb\n";
      w.write(head);
      written += head.length();
      lines++;
      for (int copy = 0; copy < 60; copy++) {
        for (String line : rules.split("\n")) {
          String out = Character.isWhitespace(line.charAt(0)) ? line
              : line.replaceFirst("^(\\S+\\s+)(\\S+)", "$1$2.c" + copy);
          w.write(out);
          w.write('\n');
          written += out.length() + 1;
          lines++;
        }
      }
      String comment = "# " + "utfylling ".repeat(999) + "\n"; // 9,993 characters
      while (written + comment.length() <= max) {
        w.write(comment);
        written += comment.length();
        lines++;
      }
      String last = "#" + " ".repeat((int) (max - written - 2)) + "\n";
      w.write(last);
      written += last.length();
      lines++;
    }
    assertThat(written).isEqualTo(max);
    SdgTagger t = SdgTagger.builder().addRules(file).build();
    assertThat(t.rules()).hasSize(60 * (int) rules.lines().filter(l -> !Character.isWhitespace(l.charAt(0)))
        .count());
    assertThat(t.tag("d", "Kommunen vil redusere utslipp av klimagasser fra transport.", Language.NB).goalCodes())
        .contains(GoalCode.of(13));

    Files.writeString(file, "#", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    int lastLine = lines + 1;
    assertThatThrownBy(() -> SdgTagger.builder().addRules(file)).isInstanceOfSatisfying(RuleSyntaxException.class,
        e -> {
          assertThat(e.errorCode()).isEqualTo(TaggerErrorCode.FILE_TOO_LONG);
          assertThat(e.line()).isEqualTo(lastLine);
          assertThat(e.column()).isEqualTo(1);
          assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo(file + ":" + lastLine + ":1: TAG-0032: the rule file has more than "
              + "4000000 characters (the limit maxRuleFileChars; raise it with "
              + "SdgTagger.builder().maxRuleFileChars(…))");
        });
  }

  /** A rule line of exactly 100,000 characters (distinct terms) is read; 100,001 is refused at that column. */
  @Test
  void aLineOfExactlyMaxRuleLineLengthIsReadOneMoreIsRefused() {
    int max = SdgTagger.DEFAULT_MAX_RULE_LINE_LENGTH;
    StringBuilder line = new StringBuilder("13 lang 1.0 klimagass*");
    for (int i = 0; line.length() + 8 <= max; i++) {
      line.append(" OR ").append(term(i));
    }
    line.append(" ".repeat(max - line.length()));
    assertThat(line).hasSize(max);
    SdgTagger t = read("@language nb\n" + line + "\n");
    assertThat(t.tag("d", "Klimagassutslipp fra veitrafikk.", Language.NB).goalCodes()).containsExactly(
        GoalCode.of(13));
    assertRefused("@language nb\n" + line + "x\n", "TAG-0033", 2, max + 1, "longer than 100000 characters");
  }

  /**
   * A rule continued over 10 lines with exactly 100,000 characters of expression is read; one more is refused on
   * its last line.
   */
  @Test
  void anExpressionOfExactlyMaxRuleExpressionLengthIsReadOneMoreIsRefused() {
    int max = SdgTagger.DEFAULT_MAX_RULE_EXPRESSION_LENGTH;
    StringBuilder rules = new StringBuilder("@language nb\n13 lang 1.0\n");
    int next = 0;
    int total = 0;
    for (int k = 0; k < 10; k++) {
      // a continuation adds its whole line, and one separating space after the first
      int length = k < 9 ? 10_000 : max - total - 1;
      StringBuilder line = new StringBuilder(k == 0 ? "  klimagass*" : "  OR klimagass*");
      while (line.length() + 8 <= length) {
        line.append(" OR ").append(term(next++));
      }
      line.append(" ".repeat(length - line.length()));
      total += (k == 0 ? 0 : 1) + length;
      rules.append(line).append('\n');
    }
    assertThat(total).isEqualTo(max);
    SdgTagger t = read(rules.toString());
    assertThat(t.rules()).hasSize(1);
    assertThat(t.tag("d", "Klimagassutslipp fra veitrafikk.", Language.NB).goalCodes()).containsExactly(
        GoalCode.of(13));
    String over = rules.substring(0, rules.length() - 1) + "x\n";
    assertRefused(over, "TAG-0034", 12, over.length() - over.lastIndexOf("\n", over.length() - 2) - 2, "expression of rule 'lang' is longer than 100000 characters");
  }

  /** Exactly 100,000 rules are read and tag a text; the 100,001st is refused on its line. */
  @Test
  void exactlyMaxRulesPerFileAreReadOneMoreIsRefused() {
    int max = SdgTagger.DEFAULT_MAX_RULES_PER_FILE;
    StringBuilder rules = new StringBuilder("@language nb\n");
    for (int i = 0; i < max; i++) {
      rules.append(1 + i % 17).append(" r").append(i).append(" 1.0 ").append(term(i)).append("*\n");
    }
    SdgTagger t = read(rules.toString());
    assertThat(t.rules()).hasSize(max);
    assertThat(t.tag("d", "aaaaz og aaab", Language.NB).goalCodes()).contains(GoalCode.of(1));
    rules.append("13 r").append(max).append(" 1.0 klimagass*\n");
    assertRefused(rules.toString(), "TAG-0035", max + 2, 1, "more than 100000 rules");
  }

  /** Exactly 200,000 distinct terms are read and tag a text; the 200,001st is refused at its column. */
  @Test
  void exactlyMaxTermsPerFileAreReadOneMoreIsRefused() {
    int max = SdgTagger.DEFAULT_MAX_TERMS_PER_FILE;
    StringBuilder rules = new StringBuilder("@language nb\n");
    int n = 0;
    int line = 1;
    int perRule = 10_000;
    while (n < max) {
      rules.append("13 t").append(n).append(" 1.0 ").append(term(n++));
      for (int k = 1; k < perRule && n < max; k++) {
        rules.append(" OR ").append(term(n++));
      }
      rules.append('\n');
      line++;
    }
    SdgTagger t = read(rules.toString());
    assertThat(t.rules()).hasSize(max / perRule);
    assertThat(t.tag("d", "Ordet aaab står her.", Language.NB).goalCodes()).containsExactly(GoalCode.of(13));
    String over = rules.substring(0, rules.length() - 1) + " OR klima\n";
    int column = rules.length() - rules.lastIndexOf("\n", rules.length() - 2) - 1 + " OR ".length();
    assertRefused(over, "TAG-0036", line, column, "more than 200000 terms");
  }
}
