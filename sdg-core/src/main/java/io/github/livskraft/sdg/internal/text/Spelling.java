package io.github.livskraft.sdg.internal.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean" for a misspelt name: the candidates closest to it by edit distance. One rule for every module
 * that suggests (plan files' enum values and keys, the command line's options and sub-commands).
 */
public final class Spelling {
  private Spelling() {}

  /**
   * The candidates closest to a misspelt value, best first in the candidates' order: those at the smallest
   * Levenshtein distance (case ignored, {@link Locale#ROOT}), when that distance is at most a third of the value's
   * length (at least 1). A candidate equal to the value (case ignored) is at distance 0 and is returned alone.
   *
   * @param value the misspelt value
   * @param candidates the accepted values
   * @return the closest candidates; empty when none is close enough
   */
  public static List<String> closest(String value, Collection<String> candidates) {
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
    return List.copyOf(out);
  }

  /**
   * The Levenshtein distance (insert, delete, replace one character), case-sensitive.
   *
   * @param a one text
   * @param b the other
   * @return the number of edits
   */
  public static int distance(String a, String b) {
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
