package io.github.livskraft.sdg;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.testing.Gen;
import io.github.livskraft.testing.PropertyTest;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@link CodeSyntax} skips its regular expressions for input that is already plain (faster start-up): the result
 * must be exactly what the expressions give, for any input.
 */
class CodeSyntaxTest {
  private static final Pattern PREFIX = Pattern.compile(
      "^(?:sdg|goal|target|indicator|mål|maal|delmål|delmal|indikator|fn-mål|bærekraftsmål|#)\\s*[-:]?\\s*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final String ALPHABET = "0123456789.._-  \t\n\u000B\f\r#:aAgGsSdDmMlLå\u00a0x";

  private static String input(Gen g) {
    String s = g.string(0, 12, ALPHABET);
    return g.chance(0.2) ? g.pick("SDG ", "Goal ", "delmål-", "# ", "Target: ", "sdg") + s : s;
  }

  @PropertyTest(cases = 3000)
  void stripPrefixEqualsTheRegularExpression(Gen g) {
    String text = input(g);
    String expected = PREFIX.matcher(text.strip()).replaceFirst("").strip().toLowerCase(Locale.ROOT);
    assertThat(CodeSyntax.stripPrefix(text)).as("%s", text).isEqualTo(expected);
  }

  @PropertyTest(cases = 3000)
  void normaliseSeparatorsEqualsTheRegularExpression(Gen g) {
    String text = input(g);
    assertThat(CodeSyntax.normaliseSeparators(text)).as("%s", text)
        .isEqualTo(text.replaceAll("[\\s._-]+", "."));
  }
}
