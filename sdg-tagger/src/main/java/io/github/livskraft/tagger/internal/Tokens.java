package io.github.livskraft.tagger.internal;

import java.util.Arrays;

/**
 * The tokens of one text: positions, character spans into the original text and a lowercased copy of the text
 * (same length, so spans map one to one). A hyphenated compound ({@code klimagass-utslipp}) yields its parts at
 * consecutive positions plus one joined token ({@code klimagassutslipp}) spanning them; a suspended compound
 * fragment ({@code klima- og energiplan}) is kept as the fragment {@code klima}; numbers keep their decimal
 * separators ({@code 3,5}); {@code %} is a token of its own; {@code og/eller} is two tokens.
 */
public final class Tokens {
  final char[] lower;
  int size;
  int[] start;
  int[] end;
  int[] posStart;
  int[] posEnd;
  boolean[] joined;
  /**
   * Whether a token is a street or place name ("Industriveien 12", "i Storgata") or names a ministry or directorate
   * ("Samferdselsdepartementet"): rules do not look at it.
   */
  boolean[] name;
  int positions;
  /**
   * Noted while tokenizing, so that later steps need not pass over every token again: the start offsets of the
   * negation cue words ({@link Negation}), the offsets of clause boundaries outside tokens ({@code . ! ? ; :} and
   * line breaks; a full stop inside a token stands between digits and is none), the tokens that may be explicit
   * references (a digit first, or "sdg" and 4-5 long: "sdg3", "sdg12") and the words that may be street names (a
   * street ending's last two letters).
   */
  int[] cueStarts = new int[4];
  int cueCount;
  int[] boundaries = new int[16];
  int boundaryCount;
  int[] referenceCandidates = new int[8];
  int referenceCandidateCount;
  private int[] streetCandidates = new int[8];
  private int streetCandidateCount;

  private Tokens(char[] lower, int capacity) {
    this.lower = lower;
    start = new int[capacity];
    end = new int[capacity];
    posStart = new int[capacity];
    posEnd = new int[capacity];
    joined = new boolean[capacity];
    name = new boolean[capacity];
  }

  /** Number of tokens (joined compound tokens included). */
  public int size() {
    return size;
  }

  /** Number of word positions. */
  public int positions() {
    return positions;
  }

  /** The lowercased form of token {@code i} (hyphens removed for joined compounds). */
  public String text(int i) {
    StringBuilder sb = new StringBuilder(end[i] - start[i]);
    for (int k = start[i]; k < end[i]; k++) {
      if (!joined[i] || !isHyphen(lower[k])) {
        sb.append(lower[k]);
      }
    }
    return sb.toString();
  }

  /**
   * Whether token {@code i} reads {@code word} (lowercase): {@code text(i).equals(word)}, compared on the text
   * without building the token's String ("for", "sammen").
   */
  public boolean is(int i, String word) {
    if (joined[i]) {
      return text(i).equals(word);
    }
    return end[i] - start[i] == word.length() && matchesAt(start[i], word);
  }

  /** Whether token {@code i} starts with the lowercase {@code prefix}: {@code text(i).startsWith(prefix)}. */
  public boolean startsWith(int i, String prefix) {
    if (joined[i]) {
      return text(i).startsWith(prefix);
    }
    return end[i] - start[i] >= prefix.length() && matchesAt(start[i], prefix);
  }

  /** Whether token {@code i} contains the lowercase {@code part}: {@code text(i).contains(part)}. */
  public boolean contains(int i, String part) {
    if (joined[i]) {
      return text(i).contains(part);
    }
    for (int s = start[i], last = end[i] - part.length(); s <= last; s++) {
      if (matchesAt(s, part)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the lowercased text reads {@code s} from {@code offset} on (the caller checks the length). */
  private boolean matchesAt(int offset, String s) {
    for (int k = 0; k < s.length(); k++) {
      if (lower[offset + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Length in characters of token {@code i} (hyphens included). */
  public int length(int i) {
    return end[i] - start[i];
  }

  /** Whether token {@code i} is a plain word (not a joined compound) ending with the lowercase {@code suffix}. */
  public boolean endsWith(int i, String suffix) {
    int n = suffix.length();
    return !joined[i] && end[i] - start[i] >= n && matchesAt(end[i] - n, suffix);
  }

  /** The lowercased character at {@code offset} of the text. */
  public char charAt(int offset) {
    return lower[offset];
  }

  /** Start offset (inclusive) of token {@code i} in the text. */
  public int start(int i) {
    return start[i];
  }

  /** End offset (exclusive) of token {@code i} in the text. */
  public int end(int i) {
    return end[i];
  }

  // add and note are kept small (bytecode under the JIT's inlining limit for hot methods, 325 bytes): tokenizing a
  // long text calls them for every token
  private void add(int s, int e, int ps, int pe, boolean isJoined) {
    if (size == start.length) {
      grow();
    }
    start[size] = s;
    end[size] = e;
    posStart[size] = ps;
    posEnd[size] = pe;
    joined[size] = isJoined;
    name[size] = false;
    if (!isJoined) {
      note(s, e);
    }
    size++;
  }

  private void grow() {
    int n = size * 2;
    start = Arrays.copyOf(start, n);
    end = Arrays.copyOf(end, n);
    posStart = Arrays.copyOf(posStart, n);
    posEnd = Arrays.copyOf(posEnd, n);
    joined = Arrays.copyOf(joined, n);
    name = Arrays.copyOf(name, n);
  }

  /** Notes a token that is not a joined compound if it may be a reference, a negation cue or a street name. */
  private void note(int s, int e) {
    char c0 = lower[s];
    int n = e - s;
    if (c0 >= '0' && c0 <= '9' || c0 == 's' && n >= 4 && n <= 5 && lower[s + 1] == 'd' && lower[s + 2] == 'g') {
      referenceCandidates = append(referenceCandidates, referenceCandidateCount++, size);
    }
    if (Negation.cueLetter(c0) && Negation.isCue(lower, s, e)) {
      cueStarts = append(cueStarts, cueCount++, s);
    }
    if (n >= 6 && streetTail(lower[e - 2], lower[e - 1])) {
      streetCandidates = append(streetCandidates, streetCandidateCount++, size);
    }
  }

  private static int[] append(int[] a, int at, int value) {
    int[] b = at == a.length ? Arrays.copyOf(a, at * 2) : a;
    b[at] = value;
    return b;
  }

  static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  static boolean isWord(char c) {
    if (c < 128) {
      return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
    }
    return Character.isLetterOrDigit(c);
  }

  /** Lowercases one character the same way for rules and texts (locale-independent, length-preserving). */
  static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    if (c >= '\u2080' && c <= '\u2089') {
      return (char) ('0' + (c - '\u2080')); // CO₂ → co2
    }
    if (c == '\u2019' || c == '\u2018') {
      return '\'';
    }
    return Character.toLowerCase(c);
  }

  /**
   * Tokenizes a text.
   *
   * @param text the text
   * @return its tokens
   */
  public static Tokens of(CharSequence text) {
    int n = text.length();
    char[] lower = new char[n];
    text.toString().getChars(0, n, lower, 0);
    for (int i = 0; i < n; i++) {
      char c = lower[i];
      if (c >= 'A' && c <= 'Z') {
        lower[i] = (char) (c + 32);
      } else if (c >= 128) {
        lower[i] = fold(c);
      }
    }
    // room for a word in six characters (Norwegian prose has one in about 6.5), so that most texts never grow the
    // arrays: growing from 64 allocated about twice as much. Every byte allocated counts: on a VM whose fresh memory
    // pages fault (perf13) tokenizing ran at ~30 instead of ~130 MB/s. Presizing for a token per character (perf8)
    // measured 2-3 times slower, for the same reason
    Tokens t = new Tokens(lower, n / 6 + 16);
    int pos = 0;
    int i = 0;
    while (i < n) {
      char c = lower[i];
      if (c == '%') {
        t.add(i, i + 1, pos, pos, false);
        pos++;
        i++;
        continue;
      }
      if (!isWord(c)) {
        if (c == '.' || c == '\n' || c == ':' || c == ';' || c == '!' || c == '?') {
          t.boundaries = append(t.boundaries, t.boundaryCount++, i);
        }
        i++;
        continue;
      }
      int s = i;
      int hyphens = 0;
      int j = i + 1;
      while (j < n) {
        char d = lower[j];
        if (isWord(d)) {
          j++;
        } else if ((d == '.' || d == ',') && j + 1 < n && Character.isDigit(lower[j + 1])
            && Character.isDigit(lower[j - 1])) {
          j += 2;
        } else if (isHyphen(d) && j + 1 < n && isWord(lower[j + 1])) {
          hyphens++;
          j += 2;
        } else {
          break;
        }
      }
      if (hyphens == 0) {
        t.add(s, j, pos, pos, false);
        pos++;
      } else {
        t.add(s, j, pos, pos + hyphens, true);
        int ps = s;
        for (int k = s; k <= j; k++) {
          if (k == j || isHyphen(lower[k])) {
            t.add(ps, k, pos, pos, false);
            pos++;
            ps = k + 1;
          }
        }
      }
      i = j;
    }
    t.positions = pos;
    t.markStreetNames(text);
    return t;
  }

  /** Endings of Norwegian street and place names ("Industriveien", "Storgata", "Torgallmenningen" not). */
  private static final String[] STREET_ENDINGS = {"veien", "vegen", "veg", "vei", "gata", "gate", "gaten", "plassen",
      "torget", "alleen", "bakken", "stien", "svingen", "kaia", "brygga", "bryggen"};

  /**
   * Endings of the names of Norwegian ministries and directorates ("Samferdselsdepartementet",
   * "Barne- og likestillingsdepartementet", "Landbruksdirektoratets"): an agency named is not its topic.
   */
  private static final String[] AGENCY_ENDINGS = {"departementet", "departementets", "direktoratet",
      "direktoratets"};

  /**
   * Whether a word ending in these two letters may end in one of {@link #STREET_ENDINGS} or {@link #AGENCY_ENDINGS}
   * (a quick test first).
   */
  private static boolean streetTail(char a, char b) {
    switch (b) {
      case 's':
        return a == 't';
      case 'n':
      case 'g':
      case 'i':
      case 't':
        return a == 'e';
      case 'a':
        return a == 't' || a == 'i' || a == 'g';
      case 'e':
        return a == 't';
      default:
        return false;
    }
  }

  /** Whether token {@code i} names a ministry or directorate: a word with a topic before an agency ending. */
  private boolean agency(int i) {
    for (String e : AGENCY_ENDINGS) {
      if (end[i] - start[i] >= e.length() + 3 && endsWith(i, e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Marks street names: a capitalised word with a street ending that is not the first word of a sentence, or that
   * is followed by a house number ("Industriveien 12"). "Skoleveien er farlig." at the start of a sentence is a
   * common noun and is kept. Names of ministries and directorates ("Samferdselsdepartementet",
   * "likestillingsdepartementet", "Landbruksdirektoratets") are marked wherever they stand and however written.
   */
  private void markStreetNames(CharSequence text) {
    for (int c = 0; c < streetCandidateCount; c++) {
      int i = streetCandidates[c];
      int s = start[i];
      if (agency(i)) {
        name[i] = true;
        continue;
      }
      boolean street = false;
      for (String e : STREET_ENDINGS) {
        if (end[i] - s >= e.length() + 3 && endsWith(i, e)) {
          street = true;
          break;
        }
      }
      if (!street || !Character.isUpperCase(text.charAt(s))) {
        continue;
      }
      int k = s - 1;
      boolean newLine = false;
      while (k >= 0 && Character.isWhitespace(lower[k])) {
        newLine |= lower[k] == '\n';
        k--;
      }
      boolean sentenceStart = k < 0 || newLine || ".!?:;\"«(-\u2013".indexOf(lower[k]) >= 0;
      boolean numbered = i + 1 < size && Character.isDigit(lower[start[i + 1]]) && start[i + 1] - end[i] <= 2;
      name[i] = !sentenceStart || numbered;
    }
  }
}
