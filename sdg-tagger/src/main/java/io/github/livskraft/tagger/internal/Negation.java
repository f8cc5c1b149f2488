package io.github.livskraft.tagger.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Scope of negation for the consequence statements of case documents: a match is negated when its clause both
 * negates ("ikke", "ikkje", "ingen", "inga", "uten", "utan", "verken", "korkje"; "not", "no", "without",
 * "neither") and speaks of relevance ("konsekvens", "betydning", "berører", "påvirker", "verknad", "innverknad",
 * "relevant", "gjelder", "omfatter"; "impact", "affect", "consequence"), as in "Saken har ingen konsekvenser for
 * klima og miljø" or "Tiltaket berører ikke dyrket mark". A negation without a relevance word ("unge som verken er
 * i arbeid eller utdanning", "ikke la naturen gå på billigsalg") does not negate the topic. "Verken"/"korkje" before a
 * verb of change ("Tiltaket vil verken øke eller redusere klimagassutslippene") says the measure has no effect and
 * negates like a relevance word.
 *
 * <p>A clause ends at {@code . ! ? ; :} or a line break, and at a contrast ("men", "mens", "but", "while") or a
 * comma followed by "og"/"and". A short heading before a colon ("Folkehelse: Saken berører ikke folkehelse")
 * is negated together with the clause after it. One instance per text; not thread-safe.
 */
public final class Negation {
  private static final Set<String> CUES = Set.of("ikke", "ikkje", "ingen", "inga", "intet", "ingenting",
      "verken", "korkje", "uten", "utan", "not", "no", "none", "without", "neither", "nor");
  /** A cue followed by one of these does not negate ("ikke bare", "not only"). */
  private static final Set<String> NOT_AFTER_CUE = Set.of("bare", "berre", "only", "just", "minst", "least");
  private static final String[] RELEVANCE = {"konsekvens", "betydning", "berør", "påvirk", "verknad", "virkning",
      "innverknad", "innvirkning", "relevan", "behov", "gjeld", "omfatt", "rører", "effekt", "angår", "vedkjem",
      "impact", "affect", "consequence", "bearing", "concern"};
  /**
   * Relevance nouns that also end a compound: "Saken har ingen folkehelsekonsekvenser", "korkje miljø- eller
   * klimaverknader" (the consequence headings of a saksframlegg).
   */
  private static final String[] COMPOUND_RELEVANCE = {"konsekvens", "verknad", "virkning"};
  private static final Set<String> CONTRAST = Set.of("men", "mens", "but", "while", "whereas", "derimot");
  private static final int HEADING_WORDS = 6;

  /** Verbs of change after "verken"/"korkje": "verken øke eller redusere" says the measure changes nothing. */
  private static final String[] CHANGE = {"øke", "auke", "reduser", "minske", "minke", "bedre", "betre", "forverr",
      "endre", "svekke", "styrke"};

  private static boolean changeVerb(String w) {
    for (String c : CHANGE) {
      if (w.startsWith(c)) {
        return true;
      }
    }
    return false;
  }

  private static final String[] CUE_ARRAY = CUES.toArray(String[]::new);

  private final char[] s;
  private final Map<Long, Boolean> cache = new HashMap<>();
  /** Start offsets of the cue words of the text, ascending. */
  private final int[] cues;
  private final int cueCount;
  /**
   * Offsets of the clause boundaries of the text ({@code . ! ? ; :} and line breaks; not a full stop between digits),
   * ascending.
   */
  private final int[] boundaries;
  private final int boundaryCount;

  /**
   * Whether the text has any negation cue at all (cheap: no allocation); if not, nothing in it is negated.
   *
   * @param t the tokens of the text
   * @return true if a cue word occurs
   */
  public static boolean anyCue(Tokens t) {
    return t.cueCount > 0;
  }

  /** Whether a cue word can start with {@code c}. */
  static boolean cueLetter(char c) {
    return c == 'i' || c == 'n' || c == 'u' || c == 'v' || c == 'k' || c == 'w';
  }

  /** Whether {@code s[from, to)} is a cue word. */
  static boolean isCue(char[] s, int from, int to) {
    int n = to - from;
    if (n < 2 || n > 9) {
      return false;
    }
    if (!cueLetter(s[from])) {
      return false;
    }
    for (String c : CUE_ARRAY) {
      if (c.length() == n && c.charAt(0) == s[from]) {
        int k = 1;
        while (k < n && c.charAt(k) == s[from + k]) {
          k++;
        }
        if (k == n) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Prepares negation checks for one text.
   *
   * @param tokens the tokens of the text
   */
  public Negation(Tokens tokens) {
    this.s = tokens.lower;
    // noted by the tokenizer: cue words are tokens of their own (or parts of a joined compound), and a boundary
    // character is never inside a token
    this.cues = tokens.cueStarts;
    this.cueCount = tokens.cueCount;
    this.boundaries = tokens.boundaries;
    this.boundaryCount = tokens.boundaryCount;
  }

  /** The index of the first element of {@code a[0..n)} that is at least {@code key} ({@code n} if none). */
  private static int lowerBound(int[] a, int n, int key) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Whether a cue word starts in [from, to) (words never straddle a clause or sub-clause edge). */
  private boolean cueIn(int from, int to) {
    int k = lowerBound(cues, cueCount, from);
    return k < cueCount && cues[k] < to;
  }

  /**
   * Whether the span [charStart, charEnd) lies in a negated clause.
   *
   * @param charStart start offset
   * @param charEnd end offset
   * @return true if negated
   */
  public boolean negated(int charStart, int charEnd) {
    int cs = clauseStart(charStart);
    int ce = clauseEnd(charEnd);
    // a part of a clause can only be negated if the whole clause has a cue and a relevance word
    if (negatedClause(cs, ce)) {
      int[] sub = subClause(cs, ce, charStart);
      if ((sub[0] == cs && sub[1] == ce) || negatedClause(sub[0], sub[1])) {
        return true;
      }
    }
    // a short heading before a colon shares the fate of the clause after it
    if (ce < s.length && s[ce] == ':' && (cs == 0 || s[cs - 1] != ':') && words(cs, ce) <= HEADING_WORDS) {
      int ns = ce + 1;
      int ne = clauseEnd(ns);
      return negatedClause(ns, ne);
    }
    return false;
  }

  private boolean negatedClause(int from, int to) {
    if (!cueIn(from, to)) {
      return false;
    }
    long key = ((long) from << 32) | to;
    Boolean cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    boolean anyCue = false;
    for (int k = from; k < to && !anyCue; ) {
      if (!Tokens.isWord(s[k])) {
        k++;
        continue;
      }
      int e = k;
      while (e < to && Tokens.isWord(s[e])) {
        e++;
      }
      anyCue = isCue(s, k, e);
      k = e;
    }
    if (!anyCue) {
      cache.put(key, false);
      return false;
    }
    boolean cue = false;
    boolean relevance = false;
    String prev = null;
    int i = from;
    while (i < to) {
      if (!Tokens.isWord(s[i])) {
        i++;
        continue;
      }
      int j = i;
      while (j < to && Tokens.isWord(s[j])) {
        j++;
      }
      String w = new String(s, i, j - i);
      if (prev != null && CUES.contains(prev) && !NOT_AFTER_CUE.contains(w)) {
        cue = true;
        if (!relevance && (prev.equals("verken") || prev.equals("korkje")) && changeVerb(w)) {
          relevance = true; // "vil verken øke eller redusere utslippene": no effect either way
        }
      }
      if (!relevance) {
        for (String r : RELEVANCE) {
          if (w.startsWith(r)) {
            relevance = true;
            break;
          }
        }
        for (int c = 0; !relevance && c < COMPOUND_RELEVANCE.length; c++) {
          relevance = w.indexOf(COMPOUND_RELEVANCE[c], 1) > 0;
        }
      }
      prev = w;
      i = j;
    }
    if (prev != null && CUES.contains(prev)) {
      cue = true; // "… berøres ikke."
    }
    boolean result = cue && relevance;
    cache.put(key, result);
    return result;
  }

  /** The part of [cs, ce) around {@code at}, cut at contrast words and at ", og" / ", and". */
  private int[] subClause(int cs, int ce, int at) {
    int from = cs;
    int to = ce;
    int i = cs;
    while (i < ce) {
      if (!Tokens.isWord(s[i])) {
        i++;
        continue;
      }
      int j = i;
      while (j < ce && Tokens.isWord(s[j])) {
        j++;
      }
      boolean cut = j - i <= 7 && CONTRAST.contains(new String(s, i, j - i));
      if (!cut && (j - i == 2 || j - i == 3)) {
        String w = new String(s, i, j - i);
        cut = (w.equals("og") || w.equals("and")) && precededByComma(i);
      }
      if (cut) {
        if (i <= at) {
          from = i;
        } else {
          to = i;
          break;
        }
      }
      i = j;
    }
    return new int[] {from, to};
  }

  private boolean precededByComma(int i) {
    int k = i - 1;
    while (k >= 0 && s[k] == ' ') {
      k--;
    }
    return k >= 0 && s[k] == ',';
  }

  private int words(int from, int to) {
    int n = 0;
    boolean in = false;
    for (int i = from; i < to; i++) {
      boolean w = Tokens.isWord(s[i]);
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }

  /** After the last boundary before {@code from}, or 0. */
  private int clauseStart(int from) {
    int k = lowerBound(boundaries, boundaryCount, from);
    return k == 0 ? 0 : boundaries[k - 1] + 1;
  }

  /** The first boundary at or after {@code from}, or the end of the text. */
  private int clauseEnd(int from) {
    int k = lowerBound(boundaries, boundaryCount, from);
    return k < boundaryCount ? boundaries[k] : s.length;
  }
}
