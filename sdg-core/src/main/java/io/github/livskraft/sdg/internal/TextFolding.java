package io.github.livskraft.sdg.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Folds text for search: lower case, accents removed ({@code é → e}, {@code ü → u}) but the Norwegian letters
 * {@code æ}, {@code ø} and {@code å} kept as distinct letters (so "lå" never matches "la"). Locale-independent.
 */
public final class TextFolding {
  /**
   * Base letters for U+00C0–U+00FF after lower-casing: '?' = not folded here (æ, ø, å, þ, ð kept or handled
   * elsewhere), '*' = not a letter (× ÷).
   */
  private static final String LATIN1 =
      // C0-CF: À Á Â Ã Ä Å Æ Ç È É Ê Ë Ì Í Î Ï
      "aaaaa??ceeeeiiii"
      // D0-DF: Ð Ñ Ò Ó Ô Õ Ö × Ø Ù Ú Û Ü Ý Þ ß
      + "?nooooo*?uuuuy?s"
      // E0-EF: à á â ã ä å æ ç è é ê ë ì í î ï
      + "aaaaa??ceeeeiiii"
      // F0-FF: ð ñ ò ó ô õ ö ÷ ø ù ú û ü ý þ ÿ
      + "?nooooo*?uuuuy?y";

  private TextFolding() {}

  /**
   * Folds one text.
   *
   * @param text the text
   * @return the folded text (same word boundaries; punctuation becomes a space)
   */
  public static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c < 128) {
        sb.append(Character.isLetterOrDigit(c) ? c : ' ');
      } else if (c == 'æ' || c == 'ø' || c == 'å') {
        sb.append(c);
      } else if (c >= '\u00C0' && c <= '\u00FF' && LATIN1.charAt(c - 0xC0) != '?') {
        // fast path for Latin-1 letters (é, ü, ñ, ß …): same result as NFD without allocating
        char base = LATIN1.charAt(c - 0xC0);
        sb.append(base == '*' ? ' ' : base);
        if (c == 'ß') {
          sb.append('s');
        }
      } else if (Character.isLetterOrDigit(c)) {
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        for (int k = 0; k < d.length(); k++) {
          char dc = d.charAt(k);
          if (Character.getType(dc) != Character.NON_SPACING_MARK) {
            sb.append(dc);
          }
        }
      } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
        // a combining mark after a base letter (decomposed input): å written as a + ring stays å
        if (c == '\u030A' && sb.length() > 0 && sb.charAt(sb.length() - 1) == 'a') {
          sb.setCharAt(sb.length() - 1, 'å');
        } else if (c == '\u0338' && sb.length() > 0 && sb.charAt(sb.length() - 1) == 'o') {
          sb.setCharAt(sb.length() - 1, 'ø');
        }
      } else {
        sb.append(' ');
      }
    }
    return sb.toString();
  }

  /**
   * Folds a text and splits it into words.
   *
   * @param text the text
   * @return the folded words, in order, without empty strings
   */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : fold(text).split(" ")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
