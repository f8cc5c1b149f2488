package io.github.livskraft.indicators.series;

/** The frequency of a {@link Period}. */
public enum Frequency {
  /** A calendar year ({@code 2024}). */
  ANNUAL(1),
  /** A quarter ({@code 2024K1}). */
  QUARTERLY(4),
  /** A month ({@code 2024M01}). */
  MONTHLY(12);

  private final int perYear;

  Frequency(int perYear) {
    this.perYear = perYear;
  }

  /** Periods per year: 1, 4 or 12. */
  public int perYear() {
    return perYear;
  }
}
