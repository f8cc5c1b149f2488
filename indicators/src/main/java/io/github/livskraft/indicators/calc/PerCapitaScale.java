package io.github.livskraft.indicators.calc;

/** Per how many inhabitants a per-capita figure is given. */
public enum PerCapitaScale {
  /** Per inhabitant. */
  PER_1(1, "per innbygger"),
  /** Per 1,000 inhabitants. */
  PER_1_000(1_000, "per 1 000 innbyggere"),
  /** Per 10,000 inhabitants. */
  PER_10_000(10_000, "per 10 000 innbyggere"),
  /** Per 100,000 inhabitants. */
  PER_100_000(100_000, "per 100 000 innbyggere");

  private final double factor;
  private final String unitSuffix;

  PerCapitaScale(double factor, String unitSuffix) {
    this.factor = factor;
    this.unitSuffix = unitSuffix;
  }

  /** The unit suffix in bokmål, e.g. "per 1 000 innbyggere". */
  public String unitSuffix() {
    return unitSuffix;
  }

  /** The factor: 1, 1,000, 10,000 or 100,000. */
  public double factor() {
    return factor;
  }

  /**
   * The scale for a factor.
   *
   * @param factor 1, 1000, 10000 or 100000
   * @return the scale
   * @throws IllegalArgumentException for other factors
   */
  public static PerCapitaScale of(double factor) {
    for (PerCapitaScale s : values()) {
      if (s.factor == factor) {
        return s;
      }
    }
    throw io.github.livskraft.indicators.IndicatorArgumentException.of(
        io.github.livskraft.indicators.IndicatorErrorCode.CALCULATION, "per-capita-factor", factor);
  }
}
