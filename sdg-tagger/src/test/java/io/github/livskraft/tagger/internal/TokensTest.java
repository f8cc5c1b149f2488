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
}
