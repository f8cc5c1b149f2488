package io.github.livskraft.sdg;

import java.util.Objects;

/**
 * The code of an SDG target (delmål), e.g. {@code 11.6} or {@code 17.a}: a goal and a {@link TargetSuffix}.
 *
 * <p>This type checks form only; whether the target exists is the catalogue's business
 * ({@code SdgCatalogue.getTarget}). Immutable and thread-safe; {@link #toString()} returns what
 * {@link #parse(CharSequence)} accepts. Natural order: by goal, then numbers before letters (1.5 &lt; 1.a,
 * 17.9 &lt; 17.10) — never sort codes as strings.
 *
 * @param goal the goal
 * @param suffix the suffix
 */
public record TargetCode(GoalCode goal, TargetSuffix suffix) implements Comparable<TargetCode> {

  /** Checks for nulls. */
  public TargetCode {
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(suffix, "suffix");
  }

  /**
   * A numeric target, e.g. {@code of(11, 6)} is 11.6.
   *
   * @param goal 1–17
   * @param number 1–99
   * @return the code
   * @throws InvalidCodeException if out of range
   */
  public static TargetCode of(int goal, int number) {
    if (number < 1 || number > 99) {
      throw new InvalidCodeException(SdgErrorCode.INVALID_TARGET_CODE, goal + "." + number);
    }
    return new TargetCode(GoalCode.of(goal), new TargetSuffix.Numeric(number));
  }

  /**
   * A letter target, e.g. {@code of(17, 'a')} is 17.a.
   *
   * @param goal 1–17
   * @param letter a–z
   * @return the code
   * @throws InvalidCodeException if out of range
   */
  public static TargetCode of(int goal, char letter) {
    if (letter < 'a' || letter > 'z') {
      throw new InvalidCodeException(SdgErrorCode.INVALID_TARGET_CODE, goal + "." + letter);
    }
    return new TargetCode(GoalCode.of(goal), new TargetSuffix.Letter(letter));
  }

  /**
   * Parses the canonical form {@code goal.suffix}: {@code "11.6"}, {@code "17.10"}, {@code "1.a"}. No white
   * space, no leading zeros, lower-case letter.
   *
   * @param text the text
   * @return the code
   * @throws InvalidCodeException naming the text and the expected form (also for {@code null})
   */
  public static TargetCode parse(CharSequence text) {
    if (text == null) {
      throw new InvalidCodeException(SdgErrorCode.INVALID_TARGET_CODE, "null");
    }
    TargetCode code = parseOrNull(text, 0, text.length());
    if (code == null) {
      throw new InvalidCodeException(SdgErrorCode.INVALID_TARGET_CODE, text.toString());
    }
    return code;
  }

  /**
   * Parses leniently: trims, drops a prefix ({@code SDG}, {@code Target}, {@code delmål}), accepts
   * {@code -}, {@code _} or a space as separator, leading zeros ({@code 11.06}) and an upper-case letter.
   *
   * @param text the text, e.g. {@code "Target 11-6"}
   * @return the code
   * @throws InvalidCodeException if no target code remains
   */
  public static TargetCode parseLenient(CharSequence text) {
    if (text == null) {
      throw new InvalidCodeException(SdgErrorCode.INVALID_TARGET_CODE, "null");
    }
    String t = CodeSyntax.normaliseSeparators(CodeSyntax.stripPrefix(text.toString()));
    int dot = t.indexOf('.');
    if (dot > 0 && dot == t.lastIndexOf('.')) {
      int g = CodeSyntax.parseNumberAllowZeros(t.substring(0, dot));
      String s = t.substring(dot + 1);
      if (g >= GoalCode.MIN && g <= GoalCode.MAX) {
        if (s.length() == 1 && s.charAt(0) >= 'a' && s.charAt(0) <= 'z') {
          return of(g, s.charAt(0));
        }
        int n = CodeSyntax.parseNumberAllowZeros(s);
        if (n >= 1 && n <= 99) {
          return of(g, n);
        }
      }
    }
    throw new InvalidCodeException(SdgErrorCode.INVALID_TARGET_CODE, text.toString());
  }

  /** Parses [start,end) canonically; null if not a target code. */
  static TargetCode parseOrNull(CharSequence s, int start, int end) {
    int dot = -1;
    for (int i = start; i < end; i++) {
      if (s.charAt(i) == '.') {
        dot = i;
        break;
      }
    }
    if (dot < 0) {
      return null;
    }
    int g = CodeSyntax.parseNumber(s, start, dot);
    if (g < GoalCode.MIN || g > GoalCode.MAX) {
      return null;
    }
    if (end - dot == 2) {
      char c = s.charAt(dot + 1);
      if (c >= 'a' && c <= 'z') {
        return new TargetCode(GoalCode.of(g), new TargetSuffix.Letter(c));
      }
    }
    int n = CodeSyntax.parseNumber(s, dot + 1, end);
    return n < 0 ? null : new TargetCode(GoalCode.of(g), new TargetSuffix.Numeric(n));
  }

  /** Whether the suffix is a letter (a form fact; the target kind is catalogue data). */
  public boolean isLetter() {
    return suffix.isLetter();
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o instanceof TargetCode t && t.goal.equals(goal) && t.suffix.equals(suffix);
  }

  @Override
  public int hashCode() {
    return goal.hashCode() * 256 + suffix.hashCode(); // suffix hashes are 1-99 and 197-222: no collisions
  }

  @Override
  public int compareTo(TargetCode other) {
    int c = goal.compareTo(other.goal);
    return c != 0 ? c : suffix.compareTo(other.suffix);
  }

  /** The canonical form, e.g. {@code "11.6"}. */
  @Override
  public String toString() {
    return goal + "." + suffix;
  }
}
