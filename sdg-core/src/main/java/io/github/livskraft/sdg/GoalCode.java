package io.github.livskraft.sdg;

import java.util.List;

/**
 * The code of one of the 17 Sustainable Development Goals ({@code 1} … {@code 17}; bærekraftsmål).
 *
 * <p>Immutable and thread-safe; instances are cached, so {@code ==} works, but use {@link #equals(Object)}.
 * {@link #toString()} returns exactly what {@link #parse(CharSequence)} accepts. Natural order is numeric.
 *
 * <pre>{@code
 * GoalCode g = GoalCode.parse("11");      // strict, canonical form
 * GoalCode h = GoalCode.parseLenient("SDG 11"); // also "Goal 11", "mål 11", "SDG11", " 11 "
 * }</pre>
 */
public final class GoalCode implements Comparable<GoalCode> {
  /** The lowest goal number. */
  public static final int MIN = 1;
  /** The highest goal number. */
  public static final int MAX = 17;

  private static final List<GoalCode> ALL = all(MIN, MAX);

  /** The codes min..max (a loop, not a stream: no stream machinery on the catalogue's first load). */
  private static List<GoalCode> all(int min, int max) {
    GoalCode[] codes = new GoalCode[max - min + 1];
    for (int n = min; n <= max; n++) {
      codes[n - min] = new GoalCode(n);
    }
    return List.of(codes);
  }

  private final int number;

  private GoalCode(int number) {
    this.number = number;
  }

  /**
   * The goal with this number.
   *
   * @param number 1 to 17
   * @return the goal code
   * @throws InvalidCodeException if the number is out of range
   */
  public static GoalCode of(int number) {
    if (number < MIN || number > MAX) {
      throw new InvalidCodeException(SdgErrorCode.INVALID_GOAL_CODE, Integer.toString(number));
    }
    return ALL.get(number - 1);
  }

  /**
   * Parses the canonical form: a number 1–17 without leading zeros, sign or white space.
   *
   * @param text the text, e.g. {@code "11"}
   * @return the goal code
   * @throws InvalidCodeException if the text is not a canonical goal code (the message names the text)
   * @throws NullPointerException never: a null input is reported as an {@link InvalidCodeException}
   */
  public static GoalCode parse(CharSequence text) {
    if (text == null) {
      throw new InvalidCodeException(SdgErrorCode.INVALID_GOAL_CODE, "null");
    }
    int n = CodeSyntax.parseNumber(text, 0, text.length());
    if (n < MIN || n > MAX) {
      throw new InvalidCodeException(SdgErrorCode.INVALID_GOAL_CODE, text.toString());
    }
    return ALL.get(n - 1);
  }

  /**
   * Parses leniently: trims white space, drops a prefix such as {@code SDG}, {@code Goal}, {@code mål} or
   * {@code #}, and accepts leading zeros ({@code "SDG 06"}).
   *
   * @param text the text
   * @return the goal code
   * @throws InvalidCodeException if nothing that is a goal code remains
   */
  public static GoalCode parseLenient(CharSequence text) {
    if (text == null) {
      throw new InvalidCodeException(SdgErrorCode.INVALID_GOAL_CODE, "null");
    }
    String core = CodeSyntax.stripPrefix(text.toString());
    int n = CodeSyntax.parseNumberAllowZeros(core);
    if (n < MIN || n > MAX) {
      throw new InvalidCodeException(SdgErrorCode.INVALID_GOAL_CODE, text.toString());
    }
    return ALL.get(n - 1);
  }

  /** All 17 goal codes in order, as an immutable list. */
  public static List<GoalCode> all() {
    return ALL;
  }

  /** The goal number, 1 to 17. */
  public int number() {
    return number;
  }

  @Override
  public int compareTo(GoalCode other) {
    return Integer.compare(number, other.number);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GoalCode g && g.number == number;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(number);
  }

  /** The canonical form, e.g. {@code "11"}. */
  @Override
  public String toString() {
    return Integer.toString(number);
  }
}
