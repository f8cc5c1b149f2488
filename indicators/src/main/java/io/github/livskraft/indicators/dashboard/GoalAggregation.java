package io.github.livskraft.indicators.dashboard;

/** How indicator scores (0–100) combine into a goal score, and goal scores into an index. */
public enum GoalAggregation {
  /** Arithmetic mean (SDSN SDG Index). */
  ARITHMETIC_MEAN,
  /** Geometric mean (less compensation between indicators; a 0 gives 0). */
  GEOMETRIC_MEAN,
  /** The minimum (no compensation). */
  MINIMUM;

  /**
   * Aggregates values.
   *
   * @param values the values (non-empty, NaN-free)
   * @return the aggregate
   */
  public double apply(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    switch (this) {
      case ARITHMETIC_MEAN: {
        double s = 0;
        for (double v : values) {
          s += v;
        }
        return s / values.length;
      }
      case GEOMETRIC_MEAN: {
        double s = 0;
        for (double v : values) {
          if (v <= 0) {
            return 0;
          }
          s += Math.log(v);
        }
        return Math.exp(s / values.length);
      }
      default: {
        double m = Double.POSITIVE_INFINITY;
        for (double v : values) {
          m = Math.min(m, v);
        }
        return m;
      }
    }
  }
}
