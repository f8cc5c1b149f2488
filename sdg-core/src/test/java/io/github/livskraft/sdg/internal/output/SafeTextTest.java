package io.github.livskraft.sdg.internal.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeTextTest {
  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"})
  void formulaCellsGetAQuotePrefix(String cell) {
    String out = SafeText.csvField(cell, ',', true);
    assertThat(out.replace("\"", "")).startsWith("'");
    assertThat(SafeText.csvField(cell, ',', false)).doesNotContain("'" + cell.charAt(0));
    assertThat(SafeText.neutralise(cell)).isEqualTo("'" + cell);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Oslo", "0301", "a=b", "", "1,5", "x\"y"})
  void ordinaryCellsAreUnchangedApartFromQuoting(String cell) {
    String out = SafeText.csvField(cell, ',', true);
    assertThat(out).doesNotStartWith("'");
    assertThat(SafeText.neutralise(cell)).isSameAs(cell);
    String unquoted = out.startsWith("\"") ? out.substring(1, out.length() - 1).replace("\"\"", "\"") : out;
    assertThat(unquoted).isEqualTo(cell);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u001b]0;title\u0007", "\u001b[31mred", "a\u009bb", "x\u202Ey", "\uD800", "z\uDC00",
      "del\u007f", "nl\nx"})
  void controlCharactersAndLoneSurrogatesAreEscapedForTerminals(String label) {
    String out = SafeText.terminal(label);
    assertThat(out).contains("\\u");
    assertThat(out.chars().allMatch(c -> c >= 0x20 && c != 0x7F && (c < 0x80 || c > 0x9F)
        && !Character.isSurrogate((char) c) && !(c >= 0x202A && c <= 0x202E))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Bærekraft", "Kåfjord – Gáivuotna", "😀 emoji", "plain"})
  void harmlessTextIsUnchanged(String label) {
    assertThat(SafeText.terminal(label)).isSameAs(label);
  }
}
