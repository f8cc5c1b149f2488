package io.github.livskraft.tagger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Tokens#is}, {@link Tokens#startsWith} and {@link Tokens#contains} read as {@link Tokens#text} would. */
class TokensTest {
  private static final List<String> TEXTS = List.of(
      "Enheten for vann og avløp slås sammen med vei og park.",
      "Samarbeid med universitetet om klima- og energiplan; gang- og sykkelveg til skulen.",
      "Ny ungdomsskole-gymsal i Nordby: 3,5 mill. kr til Skole-Veien 12 (for alle elever) – 40 %.",
      "");
  private static final List<String> PROBES = List.of("", "for", "sammen", "samarbeid", "skole", "skolegymsal",
      "gymsal", "ungdomsskole", "veien", "3,5", "%", "en", "enheten", "enhetenx", "-", "skoleveien");

  @Test
  void tokenComparisonsAgreeWithTheTokenText() {
    for (String text : TEXTS) {
      Tokens t = Tokens.of(text);
      for (int i = 0; i < t.size(); i++) {
        String w = t.text(i);
        for (String p : PROBES) {
          String where = "token " + i + " \"" + w + "\" of \"" + text + "\", probe \"" + p + "\"";
          assertThat(t.is(i, p)).as(where).isEqualTo(w.equals(p));
          assertThat(t.startsWith(i, p)).as(where).isEqualTo(w.startsWith(p));
          assertThat(t.contains(i, p)).as(where).isEqualTo(w.contains(p));
        }
        assertThat(t.is(i, w)).isTrue();
        assertThat(t.contains(i, w)).isTrue();
      }
    }
  }

  @Test
  void joinedCompoundsAreReadWithoutHyphens() {
    Tokens t = Tokens.of("ungdomsskole-gymsal");
    assertThat(t.size()).isEqualTo(3);
    assertThat(t.is(0, "ungdomsskolegymsal")).isTrue();
    assertThat(t.contains(0, "skolegym")).isTrue();
    assertThat(t.startsWith(1, "ungdom")).isTrue();
    assertThat(t.is(2, "gymsal")).isTrue();
  }

  /**
   * The token arrays start at a word in six characters and grow: texts far denser than that (one-letter words,
   * {@code %} signs, a compound of many hyphenated parts) keep every token, position and span.
   */
  @Test
  void textsDenserThanTheArraysFirstRoomKeepEveryToken() {
    String letters = "a b ".repeat(2_000);
    Tokens t = Tokens.of(letters);
    assertThat(t.size()).isEqualTo(4_000);
    assertThat(t.positions()).isEqualTo(4_000);
    assertThat(t.start(3_999)).isEqualTo(7_998);
    assertThat(t.is(3_999, "b")).isTrue();

    Tokens percent = Tokens.of("%".repeat(500));
    assertThat(percent.size()).isEqualTo(500);
    assertThat(percent.end(499)).isEqualTo(500);

    String compound = String.join("-", java.util.Collections.nCopies(300, "ab"));
    Tokens c = Tokens.of("x " + compound);
    // "x", the joined compound, then its 300 parts
    assertThat(c.size()).isEqualTo(302);
    assertThat(c.positions()).isEqualTo(301);
    assertThat(c.length(1)).isEqualTo(compound.length());
    assertThat(c.is(301, "ab")).isTrue();
    assertThat(c.start(301)).isEqualTo(2 + compound.length() - 2);
  }
}
