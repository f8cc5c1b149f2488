package io.github.livskraft.indicators.progress;

/**
 * The thresholds {@code high}, {@code med} and {@code low} of the Open SDG method.
 *
 * @param high at or above: substantial progress (on track)
 * @param med at or above: moderate progress
 * @param low at or above: limited progress; below: deterioration
 */
public record ProgressThresholds(double high, double med, double low) {
  /** Defaults with a numeric target: R ≥ 0.95, 0.60, 0. */
  public static final ProgressThresholds WITH_TARGET = new ProgressThresholds(0.95, 0.60, 0);
  /** Defaults without a target: CAGR ≥ 0.015, 0.005, 0. */
  public static final ProgressThresholds WITHOUT_TARGET = new ProgressThresholds(0.015, 0.005, 0);

  /** Validates high ≥ med ≥ low, all finite. */
  public ProgressThresholds {
    if (!(Double.isFinite(high) && Double.isFinite(med) && Double.isFinite(low) && high >= med && med >= low)) {
      throw io.github.livskraft.indicators.IndicatorArgumentException.of(
          io.github.livskraft.indicators.IndicatorErrorCode.SCORING_CONFIG, "progress-thresholds", high, med, low);
    }
  }

  /**
   * Thresholds above 0 multiplied by a coefficient (the Open SDG limit factor C); thresholds ≤ 0 unchanged.
   *
   * @param c the coefficient in [0, 1]
   * @return the scaled thresholds
   */
  public ProgressThresholds scaled(double c) {
    return new ProgressThresholds(high > 0 ? high * c : high, med > 0 ? med * c : med, low > 0 ? low * c : low);
  }

  /**
   * The status for a progress value.
   *
   * @param p the progress value (R or CAGR)
   * @return the status
   */
  public ProgressStatus classify(double p) {
    if (Double.isNaN(p)) {
      return ProgressStatus.NOT_AVAILABLE;
    }
    if (p >= high) {
      return ProgressStatus.SUBSTANTIAL_PROGRESS;
    }
    if (p >= med) {
      return ProgressStatus.MODERATE_PROGRESS;
    }
    if (p >= low) {
      return ProgressStatus.LIMITED_PROGRESS;
    }
    return ProgressStatus.DETERIORATION;
  }
}
