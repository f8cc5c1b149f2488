package io.github.livskraft.tagger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The second opinion's feature hashing, which encodes each word once and hashes slices of it, gives exactly the
 * hashes of the definition written out plainly (a string and its UTF-8 bytes per feature, as in
 * {@code scripts/train-text-model.py}), in the same order, on random texts with Norwegian letters, combining marks,
 * emoji and other surrogate pairs, numbers of every kind, case mappings that change the length, lone surrogates
 * and runs of whitespace.
 */
class TextModelHashingTest {
  private static final String[] PIECES = {
    // words and letters
    "kommunen", "skal", "halvere", "klimagassutsleppa", "bærekraft", "Øy", "Ærlig", "e-post", "ÆØÅ_x", "a", "b",
    "z", "Q", "æ", "ø", "å", "Æ", "Ø", "Å", "é", "ü", "ß", "ẞ", "İ", "ı", "Σ", "ς", "ǅ", "ŉ", "ﬁ", "_",
    // combining marks, alone and after letters (a + ring composes to å under NFC, o + stroke does not make ø)
    "\u0301", "\u0308", "\u030A", "\u0327", "\u0338", "a\u030A", "A\u030A", "o\u0338", "e\u0301\u0302",
    "\u1100\u1161", "\u0915\u093F",
    // supplementary code points: emoji, a letter, a case pair, a CJK ideograph, a digit
    "😀", "👍🏽", "👩‍💻", "🇳🇴", "𝐀", "𐐀", "𐐨", "𠀀", "𝟙", "x😀y",
    // numbers: decimal digits (skipped alone), letter numbers, other numbers, other scripts' digits
    "0", "7", "12345", "2030", "²", "½", "Ⅻ", "٣", "١٢", "२", "x2",
    // whitespace runs and punctuation
    " ", " ", "   ", "\t", "\n", "\r\n", "\u00A0", "\u2003", "\u3000", "\u200B", ".", ",", ";", ":", "-", "–", "!",
    "?", "(", ")", "\"", "'", "/", "§",
    // lone surrogates
    "\uD800", "\uDC00", "\uDBFF",
  };

  @ParameterizedTest(name = "seed {0}, {1} buckets")
  @CsvSource({"1, 262144", "2, 262144", "3, 262144", "20261207, 262144", "42, 1009", "7, 2147483647"})
  void slicedHashingEqualsThePlainDefinition(long seed, int buckets) {
    Random random = new Random(seed);
    int features = 0;
    for (int t = 0; t < 400; t++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(60);
      for (int p = 0; p < pieces; p++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
        if (random.nextInt(3) == 0) {
          text.append(' ');
        }
      }
      String s = text.toString();
      int[] expected = reference(s, buckets);
      assertThat(TextModel.featureHashes(s, buckets)).as("%s", escaped(s)).containsExactly(expected);
      features += expected.length;
    }
    assertThat(features).as("the generated texts have words").isGreaterThan(4000);
  }

  @Test
  void fixedTextsEqualThePlainDefinition() {
    for (String s : List.of("", " \t\n ", "Øy", "12345", "a", "ab", "abc", "abcd", "Ærlig talt: ½ 2² ÆØÅ_x 12345 e-post",
        "Kommunen skal halvere klimagassutsleppa innan 2030.", "x😀y 𝐀𝐁𝐂 İstanbul a\u030Ab 𐐀𐐀𐐀𐐀 𠀀𠀀 ﬁ",
        "ordordordordordordordordordordordordordordordordordordordordordordordordordordordordordordordordord")) {
      assertThat(TextModel.featureHashes(s, 1 << 18)).as(s).containsExactly(reference(s, 1 << 18));
    }
    // a word of m code points gives 1 + max(1, m - 1) + max(1, m - 2) features
    assertThat(TextModel.featureHashes("Øy", 1 << 18)).hasSize(3);
    assertThat(TextModel.featureHashes("abcdef", 1 << 18)).hasSize(1 + 5 + 4);
    assertThat(TextModel.featureHashes("12345 ²", 1 << 18)).hasSize(3);
  }

  /** The features as defined, one string and one byte array each. */
  private static int[] reference(String text, int buckets) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    int[] cps = s.codePoints().toArray();
    List<Integer> out = new ArrayList<>();
    int i = 0;
    while (i < cps.length) {
      if (!wordChar(cps[i])) {
        i++;
        continue;
      }
      int start = i;
      while (i < cps.length && wordChar(cps[i])) {
        i++;
      }
      int[] word = Arrays.copyOfRange(cps, start, i);
      if (Arrays.stream(word).allMatch(c -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER)) {
        continue;
      }
      String w = new String(word, 0, word.length);
      out.add(crc("w:" + w, buckets));
      int[] b = ("<" + w + ">").codePoints().toArray();
      for (int n = 4; n <= 5; n++) {
        for (int k = 0; k < Math.max(1, b.length - n + 1); k++) {
          out.add(crc("c" + n + ":" + new String(b, k, Math.min(b.length, k + n) - k), buckets));
        }
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static boolean wordChar(int cp) {
    int t = Character.getType(cp);
    return cp == '_' || Character.isLetter(cp) || t == Character.DECIMAL_DIGIT_NUMBER
        || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
  }

  private static int crc(String feature, int buckets) {
    CRC32 crc = new CRC32();
    crc.update(feature.getBytes(StandardCharsets.UTF_8));
    return (int) (crc.getValue() % buckets);
  }

  private static String escaped(String s) {
    StringBuilder b = new StringBuilder();
    s.chars().forEach(c -> b.append(c < 0x80 && c >= 0x20 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
    return b.toString();
  }
}
