package io.github.livskraft.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The word stems counted for corroboration ({@code SdgTagger.addWordStems}, issue 13 eighth round: without a regular
 * expression) are those of the earlier split by {@code [^\p{L}\p{N}]+}, on random strings of letters, numbers of
 * every kind, punctuation, surrogate pairs and lone surrogates.
 */
class WordStemsTest {
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final String[] PIECES = {"a", "B", "z", "æ", "Ø", "å", "é", "ß", "İ", "0", "7", "²", "½", "Ⅻ",
      "٣", " ", "-", ".", ",", "/", "'", "’", "\u0307", "\u00ad", "\n", "𝔸", "😀", "\ud800", "\udc00", "ǅ", "ʰ",
      "klima", "gassutslipp", "Skole", "og", "barnehage"};

  private static Set<String> bySplit(String text) {
    Set<String> words = new HashSet<>();
    for (String w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty()) {
        words.add(w.length() > 5 ? w.substring(0, 5) : w);
      }
    }
    return words;
  }

  @Test
  void stemsEqualThoseOfTheRegularExpressionSplit() {
    Random random = new Random(20261207L);
    int nonEmpty = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      int pieces = random.nextInt(12);
      for (int k = 0; k < pieces; k++) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = sb.toString();
      Set<String> words = new HashSet<>();
      SdgTagger.addWordStems(text.toLowerCase(Locale.ROOT), words);
      Set<String> expected = bySplit(text);
      assertThat(words).as("%s", text).isEqualTo(expected);
      nonEmpty += expected.isEmpty() ? 0 : 1;
    }
    assertThat(nonEmpty).as("cases with words").isGreaterThan(10_000);
  }

  @Test
  void wordsAreCutAtFiveCharacters() {
    Set<String> words = new HashSet<>();
    SdgTagger.addWordStems("klimagassutslipp, 2030 og co₂-avgift", words);
    assertThat(words).containsExactlyInAnyOrder("klima", "2030", "og", "co₂", "avgif");
  }
}
