package io.github.livskraft.tagger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds explicit references to SDGs and targets in a text: "bærekraftsmål nr. 5", "berekraftsmål 4",
 * "bærekraftsmålene 1 og 10", "delmål 16.7", "SDG 3", "SDG3", "Sustainable Development Goal 13", "target 11.6",
 * "mål 6 i FNs bærekraftsmål". Only codes that exist are returned (goals 1–17, the 169 targets).
 */
public final class ExplicitReferences {
  private ExplicitReferences() {}

  /**
   * One reference.
   *
   * @param goal the goal number, 1–17
   * @param target the target suffix ("7", "a") or {@code null} for a goal reference
   * @param charStart start of the span (the cue word, e.g. "delmål")
   * @param charEnd end of the span (after the code)
   * @param posStart word position of the cue
   * @param posEnd word position of the code
   */
  public record Ref(int goal, String target, int charStart, int charEnd, int posStart, int posEnd) {
    /** The code as written in rule files: {@code 16} or {@code 16.7}. */
    public String code() {
      return target.isEmpty() ? Integer.toString(goal) : goal + "." + target;
    }
  }

  /** Cue words that name a goal (or a target when the number has a dot). */
  private static final Set<String> GOAL_CUES = Set.of("bærekraftsmål", "bærekraftmål", "berekraftsmål",
      "berekraftmål", "bærekraftsmålene", "bærekraftmålene", "bærekraftsmåla", "berekraftsmåla", "berekraftmåla",
      "bærekraftsmålet", "berekraftsmålet", "sdg", "sdgs", "fn-mål", "fnmål", "bærekraftsmålnummer");
  /** Cue words that name a target. */
  private static final Set<String> TARGET_CUES = Set.of("delmål", "delmålet", "delmålene", "delmåla", "target",
      "targets", "delmålsnummer");
  /** Words between a cue and its number, or between numbers of a list. */
  private static final Set<String> FILLERS = Set.of("nr", "nummer", "no", "og", "and", "eller", "or", "&");
  /** Highest numeric target per goal (index = goal). */
  private static final int[] MAX_NUMBER = {0, 5, 5, 9, 7, 6, 6, 3, 10, 5, 7, 7, 8, 3, 7, 9, 10, 19};
  /** Highest letter target per goal (index = goal; ' ' = none). */
  private static final char[] MAX_LETTER = {' ', 'b', 'c', 'd', 'c', 'c', 'b', 'b', 'b', 'c', 'c', 'c', 'c', 'b',
      'c', 'c', 'b', ' '};
  /** How many tokens back from a number the cue may be (fillers and earlier numbers of a list). */
  private static final int LOOK_BACK = 8;

  /**
   * Finds the references of a text.
   *
   * @param t the tokens of the text
   * @return the references in text order
   */
  public static List<Ref> find(Tokens t) {
    List<Ref> out = null;
    char[] s = t.lower;
    for (int i = 0; i < t.size; i++) {
      if (t.joined[i]) {
        continue;
      }
      char c0 = s[t.start[i]];
      if (c0 >= '0' && c0 <= '9') {
        Ref r = atNumber(t, i);
        if (r != null) {
          (out == null ? out = new ArrayList<>(2) : out).add(r);
        }
      } else if (c0 == 's' && t.end[i] - t.start[i] >= 4 && t.end[i] - t.start[i] <= 7 && s[t.start[i] + 1] == 'd'
          && s[t.start[i] + 2] == 'g' && Character.isDigit(s[t.start[i] + 3])) {
        int g = number(s, t.start[i] + 3, t.end[i]);
        if (g >= 1 && g <= 17) {
          (out == null ? out = new ArrayList<>(2) : out).add(new Ref(g, "", t.start[i], t.end[i], t.posStart[i],
              t.posEnd[i]));
        }
      }
    }
    return out == null ? List.of() : out;
  }

  private static Ref atNumber(Tokens t, int i) {
    char[] s = t.lower;
    int start = t.start[i];
    int end = t.end[i];
    int dot = -1;
    for (int k = start; k < end; k++) {
      char c = s[k];
      if (c == '.') {
        if (dot >= 0) {
          return null;
        }
        dot = k;
      } else if (c < '0' || c > '9') {
        return null;
      }
    }
    int goal = number(s, start, dot < 0 ? end : dot);
    if (goal < 1 || goal > 17) {
      return null;
    }
    String target = "";
    int spanEnd = end;
    if (dot >= 0) {
      int n = number(s, dot + 1, end);
      if (n < 1 || n > MAX_NUMBER[goal] || s[dot + 1] == '0') {
        return null;
      }
      target = Integer.toString(n);
    } else if (end + 1 < s.length && s[end] == '.' && s[end + 1] >= 'a' && s[end + 1] <= 'd'
        && (end + 2 == s.length || !Tokens.isWord(s[end + 2]))) {
      if (s[end + 1] > MAX_LETTER[goal]) {
        return null;
      }
      target = String.valueOf(s[end + 1]);
      spanEnd = end + 2;
    }
    // walk back over fillers and earlier numbers to the cue
    for (int k = i - 1, steps = 0; k >= 0 && steps < LOOK_BACK; k--) {
      if (t.joined[k]) {
        continue;
      }
      steps++;
      String w = t.text(k);
      boolean goalCue = GOAL_CUES.contains(w);
      if (goalCue || TARGET_CUES.contains(w)) {
        if (!goalCue && target.isEmpty()) {
          return null; // "delmål 5" is not a target code
        }
        return new Ref(goal, target, t.start[k], spanEnd, t.posStart[k], t.posEnd[i]);
      }
      if (w.equals("goal") || w.equals("goals")) {
        return k > 0 && t.text(k - 1).equals("development")
            ? new Ref(goal, target, t.start[k - 1], spanEnd, t.posStart[k - 1], t.posEnd[i]) : null;
      }
      if (w.equals("mål") || w.equals("måla") || w.equals("målene")) {
        return nearSdgWord(t, k, i) ? new Ref(goal, target, t.start[k], spanEnd, t.posStart[k], t.posEnd[i]) : null;
      }
      if (!FILLERS.contains(w) && !isNumber(s, t.start[k], t.end[k])) {
        return null;
      }
    }
    return null;
  }

  /** Whether "bærekraft…", "berekraft…", "FN(s)" or "SDG" occurs within four words before the cue or after the number. */
  private static boolean nearSdgWord(Tokens t, int cue, int number) {
    for (int k = Math.max(0, cue - 4); k < Math.min(t.size, number + 6); k++) {
      if (k >= cue && k <= number) {
        continue;
      }
      String w = t.text(k);
      if (w.startsWith("bærekraft") || w.startsWith("berekraft") || w.equals("fns") || w.equals("fn")
          || w.startsWith("sdg")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNumber(char[] s, int from, int to) {
    for (int k = from; k < to; k++) {
      if ((s[k] < '0' || s[k] > '9') && s[k] != '.') {
        return false;
      }
    }
    return true;
  }

  private static int number(char[] s, int from, int to) {
    if (to - from < 1 || to - from > 2) {
      return -1;
    }
    int n = 0;
    for (int k = from; k < to; k++) {
      if (s[k] < '0' || s[k] > '9') {
        return -1;
      }
      n = n * 10 + (s[k] - '0');
    }
    return n;
  }
}
