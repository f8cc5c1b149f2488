package io.github.livskraft.sdg;

import java.util.Objects;

/**
 * The code of a global SDG indicator as listed under a target, e.g. {@code 11.6.1} or {@code 1.a.2}.
 *
 * <p>One indicator can be listed under several targets (1.5.1 = 11.5.1 = 13.1.1): this type is one
 * <em>listing</em> code; the catalogue resolves repeats to one indicator. Codes are not stable across framework
 * revisions, so store them together with the revision. Form only; existence is the catalogue's business.
 * Immutable and thread-safe; {@link #toString()} returns what {@link #parse(CharSequence)} accepts.
 *
 * @param target the target the listing is under
 * @param number the running number, 1–99
 */
public record IndicatorCode(TargetCode target, int number) implements Comparable<IndicatorCode> {

  /** Checks the arguments. */
  public IndicatorCode {
    Objects.requireNonNull(target, "target");
    if (number < 1 || number > 99) {
      throw new InvalidCodeException(SdgErrorCode.INVALID_INDICATOR_CODE, target + "." + number);
    }
  }

  /**
   * An indicator listing under a target.
   *
   * @param target the target
   * @param number 1–99
   * @return the code
   */
  public static IndicatorCode of(TargetCode target, int number) {
    return new IndicatorCode(target, number);
  }

  /**
   * Parses the canonical form {@code goal.suffix.number}, e.g. {@code "11.6.1"}.
   *
   * @param text the text
   * @return the code
   * @throws InvalidCodeException naming the text and the expected form (also for {@code null})
   */
  public static IndicatorCode parse(CharSequence text) {
    if (text == null) {
      throw new InvalidCodeException(SdgErrorCode.INVALID_INDICATOR_CODE, "null");
    }
    int last = -1;
    for (int i = text.length() - 1; i >= 0; i--) {
      if (text.charAt(i) == '.') {
        last = i;
        break;
      }
    }
    if (last > 0) {
      TargetCode t = TargetCode.parseOrNull(text, 0, last);
      int n = CodeSyntax.parseNumber(text, last + 1, text.length());
      if (t != null && n > 0) {
        return new IndicatorCode(t, n);
      }
    }
    throw new InvalidCodeException(SdgErrorCode.INVALID_INDICATOR_CODE, text.toString());
  }

  /**
   * Parses leniently: prefixes ({@code Indicator}, {@code indikator}), separators {@code - _ space}, leading
   * zeros and upper-case letters.
   *
   * @param text the text, e.g. {@code "Indicator 11.06.01"}
   * @return the code
   * @throws InvalidCodeException if no indicator code remains
   */
  public static IndicatorCode parseLenient(CharSequence text) {
    if (text == null) {
      throw new InvalidCodeException(SdgErrorCode.INVALID_INDICATOR_CODE, "null");
    }
    String t = CodeSyntax.normaliseSeparators(CodeSyntax.stripPrefix(text.toString()));
    int last = t.lastIndexOf('.');
    if (last > 0) {
      try {
        TargetCode target = TargetCode.parseLenient(t.substring(0, last));
        int n = CodeSyntax.parseNumberAllowZeros(t.substring(last + 1));
        if (n >= 1 && n <= 99) {
          return new IndicatorCode(target, n);
        }
      } catch (InvalidCodeException e) {
        // reported below with the whole input
      }
    }
    throw new InvalidCodeException(SdgErrorCode.INVALID_INDICATOR_CODE, text.toString());
  }

  /** The goal of the target. */
  public GoalCode goal() {
    return target.goal();
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o instanceof IndicatorCode c && c.number == number && c.target.equals(target);
  }

  @Override
  public int hashCode() {
    return target.hashCode() * 100 + number;
  }

  @Override
  public int compareTo(IndicatorCode other) {
    int c = target.compareTo(other.target);
    return c != 0 ? c : Integer.compare(number, other.number);
  }

  /** The canonical form, e.g. {@code "11.6.1"}. */
  @Override
  public String toString() {
    return target + "." + number;
  }
}
