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
