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

  /**
   * Aggregates values with weights: the weighted arithmetic mean Σwᵢxᵢ / Σwᵢ, the weighted geometric mean
   * exp(Σwᵢ ln xᵢ / Σwᵢ), or the minimum over values with a weight above 0. Values with weight 0 are left out.
   *
   * @param values the values (NaN-free)
   * @param weights the weights (same length, ≥ 0)
   * @return the aggregate, NaN when no value has a weight above 0
   */
  public double apply(double[] values, double[] weights) {
    if (values.length != weights.length) {
      throw io.github.livskraft.indicators.IndicatorArgumentException.of(
          io.github.livskraft.indicators.IndicatorErrorCode.CALCULATION, "weights-values", values.length, weights.length);
    }
    double sw = 0;
    double acc = 0;
    double min = Double.POSITIVE_INFINITY;
    boolean zero = false;
    for (int i = 0; i < values.length; i++) {
      double w = weights[i];
      if (w <= 0) {
        continue;
      }
      double v = values[i];
      sw += w;
      min = Math.min(min, v);
      if (this == GEOMETRIC_MEAN) {
        if (v <= 0) {
          zero = true;
        } else {
          acc += w * Math.log(v);
        }
      } else {
        acc += w * v;
      }
    }
    if (sw == 0) {
      return Double.NaN;
    }
    return switch (this) {
      case ARITHMETIC_MEAN -> acc / sw;
      case GEOMETRIC_MEAN -> zero ? 0 : Math.exp(acc / sw);
      case MINIMUM -> min;
    };
  }
}
