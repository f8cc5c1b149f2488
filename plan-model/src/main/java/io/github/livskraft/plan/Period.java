package io.github.livskraft.plan;

import java.util.Optional;

/**
 * A period of whole years (e.g. a plan's validity 2019–2028, or a tiltak 2010–2013), inclusive; the end may be
 * open. Immutable. Consistency (from ≤ to) is a validation rule ({@code PLAN-V020}), so that a file with an
 * inverted period still loads and is reported with its location.
 *
 * @param from the first year
 * @param to the last year, or empty if open-ended
 */
public record Period(int from, Optional<Integer> to) {

  /** Normalises a missing end. */
  public Period {
    to = Checks.opt(to);
  }

  /**
   * A closed period.
   *
   * @param from first year
   * @param to last year (inclusive)
   * @return the period
   */
  public static Period of(int from, int to) {
    return new Period(from, Optional.of(to));
  }

  /**
   * An open-ended period.
   *
   * @param from first year
   * @return the period
   */
  public static Period from(int from) {
    return new Period(from, Optional.empty());
  }

  /** The number of years, or empty if open-ended. */
  public Optional<Integer> years() {
    return to.map(t -> t - from + 1);
  }

  /**
   * Whether the year lies in the period.
   *
   * @param year the year
   * @return true if {@code from ≤ year ≤ to}
   */
  public boolean contains(int year) {
    return year >= from && to.map(t -> year <= t).orElse(true);
  }

  @Override
  public String toString() {
    return from + "–" + to.map(String::valueOf).orElse("");
  }
}
