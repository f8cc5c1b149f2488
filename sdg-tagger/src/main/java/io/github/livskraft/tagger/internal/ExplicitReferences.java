package io.github.livskraft.tagger.internal;

import io.github.livskraft.sdg.TargetCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds explicit references to SDGs and targets in a text, in bokmål, nynorsk and English: "bærekraftsmål nr. 5",
 * "FNs bærekraftsmål 13", "berekraftsmål 4", "bærekraftsmål 9, 11 og 13", "verdensmål 3", "delmål 16.7",
 * "SDG 3", "SDG3", "SDG 11.6", "Sustainable Development Goal 13", "target 6.1", "target 14.a", and "mål 11.2" or
 * "mål 6 i FNs bærekraftsmål" when a word about the SDGs (bærekraft…, FN, SDG, globale) is near. A goal must be
 * 1–17 and a target must exist (the caller's predicate, normally the catalogue). Not references: a plan's own
 * numbering ("mål 2", "delmål 3", "delmål 1.2" in a text with "Hovedmål 1"), measures ("mål 11.2 km"), years and codes of other kinds ("indikator 11.6.1"),
 * and a number in the next sentence ("… FNs bærekraftsmål. 13 kommuner …").
 */
public final class ExplicitReferences {
  private ExplicitReferences() {}

  /**
   * One reference.
   *
   * @param goal the goal number, 1–17
   * @param target the target suffix ("7", "a") or empty for a goal reference
   * @param charStart start of the reference (the cue, with a preceding "FNs"/"UN"; the number for the second and
   *     later numbers of a list)
   * @param charEnd end of the reference (after the code)
   * @param codeStart start of the code ("16.7", "5")
   * @param posStart word position of the start
   * @param posEnd word position of the code
   */
  public record Ref(int goal, String target, int charStart, int charEnd, int codeStart, int posStart, int posEnd) {
    /** The code as written in rule files: {@code 16} or {@code 16.7}. */
    public String code() {
      return target.isEmpty() ? Integer.toString(goal) : goal + "." + target;
    }
  }

  /** Cue words that name a goal (or a target when the number has a dot). */
  private static final Set<String> GOAL_CUES = Set.of("bærekraftsmål", "bærekraftmål", "berekraftsmål",
      "berekraftmål", "bærekraftsmålene", "bærekraftmålene", "bærekraftsmåla", "berekraftsmåla", "berekraftmåla",
      "bærekraftsmålet", "berekraftsmålet", "bærekraftmålet", "berekraftmålet", "sdg", "sdgs", "fn-mål", "fnmål",
      "bærekraftsmålnummer", "verdensmål", "verdsmål", "verdensmålene", "verdensmålet", "verdsmåla", "verdsmålet",
      "sdgmål", "sdg-mål");
  /** Cue words that name a target. */
  private static final Set<String> TARGET_CUES = Set.of("delmål", "delmålet", "delmålene", "delmåla", "target",
      "targets", "delmålsnummer");
  /** Cue words that name a goal only near a word about the SDGs. */
  private static final Set<String> CONTEXT_CUES = Set.of("mål", "målet", "måla", "målene", "goal", "goals");
  /** Words between a cue and its number, or between numbers of a list. */
  private static final Set<String> FILLERS = Set.of("nr", "nummer", "no", "number", "og", "and", "eller", "or",
      "samt");
  /** Words after a number that make it a measure, not a code. */
  private static final Set<String> UNITS = Set.of("km", "m", "m2", "m3", "mm", "cm", "kr", "kroner", "nok", "mill",
      "million", "millioner", "millionar", "mrd", "milliarder", "milliardar", "prosent", "%", "meter", "kilometer",
      "tonn", "kg", "kwh", "mwh", "gwh", "twh", "liter", "daa", "dekar", "mål", "år", "timer", "timar", "time",
      "dager", "dagar", "døgn", "minutter", "minutt", "uker", "veker", "måneder", "månader", "prosentpoeng",
      "personer", "elever", "elevar", "barn", "kommuner", "kommunar", "km2", "ha", "hektar", "years", "per", "pr",
      "percent", "kilometres", "kilometers", "metres", "meters", "tonnes", "tons", "people", "hours", "days");
  /** How many tokens back from a number the cue may be (fillers and earlier numbers of a list). */
  private static final int LOOK_BACK = 8;

  /**
   * Finds the references of a text.
   *
   * @param t the tokens of the text
   * @param targetExists whether a target exists (normally the catalogue)
   * @return the references in text order
   */
  public static List<Ref> find(Tokens t, Predicate<TargetCode> targetExists) {
    List<Ref> out = null;
    char[] s = t.lower;
    // the tokenizer notes the tokens that can start a reference (not joined; a digit first, or "sdg" and 4-5 long)
    for (int c = 0; c < t.referenceCandidateCount; c++) {
      int i = t.referenceCandidates[c];
      char c0 = s[t.start[i]];
      if (c0 >= '0' && c0 <= '9') {
        Ref r = atNumber(t, i, targetExists);
        if (r != null) {
          (out == null ? out = new ArrayList<>(2) : out).add(r);
        }
      } else if (c0 == 's' && t.end[i] - t.start[i] >= 4 && t.end[i] - t.start[i] <= 5 && s[t.start[i] + 1] == 'd'
          && s[t.start[i] + 2] == 'g' && Character.isDigit(s[t.start[i] + 3])) {
        int g = number(s, t.start[i] + 3, t.end[i]);
        if (g >= 1 && g <= 17 && !unitFollows(t, i)) {
          (out == null ? out = new ArrayList<>(2) : out).add(new Ref(g, "", t.start[i], t.end[i], t.start[i] + 3,
              t.posStart[i], t.posEnd[i]));
        }
      }
    }
    return out == null ? List.of() : out;
  }

  private static Ref atNumber(Tokens t, int i, Predicate<TargetCode> targetExists) {
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
    if (goal < 1 || goal > 17 || s[start] == '0') {
      return null;
    }
    String target = "";
    int spanEnd = end;
    if (dot >= 0) {
      int n = number(s, dot + 1, end);
      if (n < 1 || s[dot + 1] == '0' || !targetExists.test(TargetCode.of(goal, n))) {
        return null;
      }
      target = Integer.toString(n);
    } else if (end + 1 < s.length && s[end] == '.' && s[end + 1] >= 'a' && s[end + 1] <= 'z'
        && (end + 2 == s.length || !Tokens.isWord(s[end + 2]))) {
      if (!targetExists.test(TargetCode.of(goal, s[end + 1]))) {
        return null;
      }
      target = String.valueOf(s[end + 1]);
      spanEnd = end + 2;
    }
    if (target.isEmpty() ? unitFollows(t, i) : unitFollowsAt(t, i, spanEnd)) {
      return null;
    }
    // walk back over fillers and earlier numbers of a list to the cue, within one sentence
    boolean listItem = false;
    int next = i;
    for (int k = i - 1, steps = 0; k >= 0 && steps < LOOK_BACK; k--) {
      if (t.joined[k]) {
        continue;
      }
      steps++;
      String w = t.text(k);
      if (!gapAllowed(t, k, next, w)) {
        return null;
      }
      next = k;
      boolean goalCue = GOAL_CUES.contains(w);
      boolean targetCue = !goalCue && TARGET_CUES.contains(w);
      boolean contextCue = !goalCue && !targetCue && CONTEXT_CUES.contains(w);
      if (goalCue || targetCue || contextCue) {
        if (targetCue && target.isEmpty()) {
          return null; // "delmål 5" is not a target code
        }
        if (targetCue && w.startsWith("delmål") && plansOwnMainGoal(t, goal) && !nearSdgWord(t, k, i)) {
          return null; // "Hovedmål 1 … delmål 1.2": the plan's own numbering
        }
        int cue = k;
        if (contextCue) {
          boolean development = (w.equals("goal") || w.equals("goals")) && k > 0
              && t.text(k - 1).equals("development");
          if (development) {
            cue = k - 1;
            if (k > 1 && t.text(k - 2).equals("sustainable")) {
              cue = k - 2;
            }
          } else if (!nearSdgWord(t, k, i)) {
            return null;
          }
        }
        cue = withOwner(t, cue);
        return listItem ? new Ref(goal, target, start, spanEnd, start, t.posStart[i], t.posEnd[i])
            : new Ref(goal, target, t.start[cue], spanEnd, start, t.posStart[cue], t.posEnd[i]);
      }
      if (isNumber(s, t.start[k], t.end[k])) {
        listItem = true;
      } else if (!FILLERS.contains(w)) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether the text numbers its own main goals with this number ("Hovedmål 1", "hovudmål 1"): then "delmål 1.2"
   * is the plan's sub-goal, not SDG target 1.2.
   */
  private static boolean plansOwnMainGoal(Tokens t, int goal) {
    for (int k = 0; k + 1 < t.size; k++) {
      if (t.joined[k] || !(t.endsWith(k, "hovedmål") || t.endsWith(k, "hovudmål"))) {
        continue;
      }
      int n = k + 1;
      if (!t.joined[n] && number(t.lower, t.start[n], t.end[n]) == goal) {
        return true;
      }
    }
    return false;
  }

  /** The cue with a preceding "FNs", "FN sine/sitt" or "UN" ("FNs bærekraftsmål 13"). */
  private static int withOwner(Tokens t, int cue) {
    int k = previousWord(t, cue);
    if (k < 0 || !gapIsSpace(t, k, cue)) {
      return cue;
    }
    String w = t.text(k);
    if (w.equals("fns") || w.equals("un") || w.equals("fn-s")) {
      return k;
    }
    if (w.equals("sine") || w.equals("sitt") || w.equals("sin")) {
      int j = previousWord(t, k);
      if (j >= 0 && t.text(j).equals("fn") && gapIsSpace(t, j, k)) {
        return j;
      }
    }
    return cue;
  }

  private static int previousWord(Tokens t, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (!t.joined[k]) {
        return k;
      }
    }
    return -1;
  }

  private static boolean gapIsSpace(Tokens t, int k, int next) {
    for (int c = t.end[k]; c < t.start[next]; c++) {
      if (!Character.isWhitespace(t.lower[c])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the characters between token {@code k} and token {@code next} keep them in one reference: white space,
   * commas, "&amp;", "/", "#", dashes and parentheses; a full stop only after an abbreviation ("nr.", "no.").
   */
  private static boolean gapAllowed(Tokens t, int k, int next, String w) {
    int from = t.end[k];
    int to = t.start[next];
    if (to - from > 12) {
      return false;
    }
    for (int c = from; c < to; c++) {
      char ch = t.lower[c];
      if (ch == '.') {
        if (c != from || !(w.equals("nr") || w.equals("no"))) {
          return false;
        }
      } else if (!Character.isWhitespace(ch) && ch != ',' && ch != '&' && ch != '/' && ch != '#' && ch != '-'
          && ch != '\u2013' && ch != '(' && ch != ')') {
        return false;
      }
    }
    return true;
  }

  /** Whether a unit word ("km", "kr", "prosent", "%", "år") follows token {@code i}: a measure, not a code. */
  private static boolean unitFollows(Tokens t, int i) {
    return unitFollowsAt(t, i, t.end[i]);
  }

  private static boolean unitFollowsAt(Tokens t, int i, int after) {
    for (int k = i + 1; k < t.size; k++) {
      if (t.joined[k] || t.start[k] < after) {
        continue;
      }
      for (int c = after; c < t.start[k]; c++) {
        char ch = t.lower[c];
        if (!Character.isWhitespace(ch) && ch != '%') {
          return false; // punctuation ends the phrase
        }
      }
      return UNITS.contains(t.text(k));
    }
    return false;
  }

  /**
   * Whether "bærekraft…", "berekraft…", "FN(s)", "UN", "SDG…", "verdensmål…" or "globale" (just before the cue)
   * occurs within four words before the cue or five after the number, in the same sentence.
   */
  private static boolean nearSdgWord(Tokens t, int cue, int number) {
    for (int k = cue - 1, n = 0; k >= 0 && n < 4; k--) {
      if (t.joined[k]) {
        continue;
      }
      if (sentenceEnds(t, k, cue)) {
        break;
      }
      n++;
      String w = t.text(k);
      if (isSdgWord(w) || n == 1 && (w.equals("globale") || w.equals("global"))) {
        return true;
      }
    }
    for (int k = number + 1, n = 0, prev = number; k < t.size && n < 5; k++) {
      if (t.joined[k]) {
        continue;
      }
      if (sentenceEnds(t, prev, k)) {
        break;
      }
      n++;
      prev = k;
      if (isSdgWord(t.text(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSdgWord(String w) {
    return w.startsWith("bærekraft") || w.startsWith("berekraft") || w.equals("fns") || w.equals("fn")
        || w.startsWith("sdg") || w.equals("un") || w.startsWith("verdensmål") || w.startsWith("verdsmål");
  }

  /**
   * Whether a sentence ends between token {@code k} and the next token {@code next}: at "! ? ;", a line break, or a
   * full stop after a number or a word longer than an abbreviation ("nr.", "jf.", "kap." do not end one).
   */
  private static boolean sentenceEnds(Tokens t, int k, int next) {
    for (int c = t.end[k]; c < t.start[next]; c++) {
      char ch = t.lower[c];
      if (ch == '!' || ch == '?' || ch == ';' || ch == '\n'
          || ch == '.' && (t.end[k] - t.start[k] > 3 || Character.isDigit(t.lower[t.start[k]]))) {
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
