package io.github.livskraft.indicators.dashboard;

import io.github.livskraft.indicators.Direction;
import io.github.livskraft.indicators.IndicatorErrorCode;
import io.github.livskraft.indicators.IndicatorException;

/**
 * Per-indicator colour thresholds (SDSN dashboards), in the indicator's unit, ordered from worst to best:
 * the worst value (band position 0), the start of orange (1), of yellow (2), of green (3, "SDG achieved") and the
 * optimum (4). A value's continuous band position is the piecewise-linear interpolation between them, capped to
 * [0, 4]. Keep the position, not only the colour: goal colours average positions (two-worst rule).
 *
 * <pre>{@code
 * // lower is better: 20 → red end, 10 orange, 5 yellow, 2 green, 0 optimum (illustrative)
 * ColourThresholds t = new ColourThresholds(20, 10, 5, 2, 0);
 * t.rating(3.5);   // YELLOW
 * }</pre>
 *
 * @param worst band position 0
 * @param orange band position 1 (red below)
 * @param yellow band position 2
 * @param green band position 3 (SDG achieved)
 * @param optimum band position 4
 */
public record ColourThresholds(double worst, double orange, double yellow, double green, double optimum) {

  /** Validates: finite, monotone (equal neighbours allowed, as after clamping), worst ≠ optimum. */
  public ColourThresholds {
    double[] v = {worst, orange, yellow, green, optimum};
    boolean up = true;
    boolean down = true;
    for (int i = 0; i < v.length; i++) {
      if (!Double.isFinite(v[i])) {
        up = false;
        down = false;
      }
      if (i > 0) {
        up &= v[i] >= v[i - 1];
        down &= v[i] <= v[i - 1];
      }
    }
    if (!up && !down || worst == optimum) {
      throw new IndicatorException(IndicatorErrorCode.SCORING_CONFIG, IndicatorErrorCode.SCORING_CONFIG.detail("thresholds", worst, orange, yellow, green, optimum), null);
    }
  }

  /**
   * Thresholds as SDSN's codebook gives them, clamped into [worst, optimum] instead of rejected: a green threshold
   * beyond the optimum bound becomes the optimum, a red threshold beyond the worst bound becomes the worst, as SDSN
   * caps scores at the bounds. The thresholds must still be in order among themselves.
   *
   * @param worst the lower bound (score 0)
   * @param orange red/orange threshold
   * @param yellow orange/yellow threshold
   * @param green yellow/green threshold (SDG achieved)
   * @param optimum the upper bound (score 100)
   * @return the thresholds
   * @throws IndicatorException {@code IND-0008} when worst = optimum or the thresholds are out of order
   */
  public static ColourThresholds clamped(double worst, double orange, double yellow, double green, double optimum) {
    double lo = Math.min(worst, optimum);
    double hi = Math.max(worst, optimum);
    return new ColourThresholds(worst, clamp(orange, lo, hi), clamp(yellow, lo, hi), clamp(green, lo, hi), optimum);
  }

  /**
   * Thresholds from the green and red thresholds alone (the SDSN codebook's two thresholds): red below the red
   * threshold, green at or beyond the green threshold, and the yellow/orange boundary at their midpoint. Thresholds
   * outside [worst, optimum] are clamped first.
   *
   * @param worst the lower bound
   * @param red the red threshold (red/orange boundary)
   * @param green the green threshold (yellow/green boundary)
   * @param optimum the upper bound
   * @return the thresholds
   */
  public static ColourThresholds fromGreenRed(double worst, double red, double green, double optimum) {
    double lo = Math.min(worst, optimum);
    double hi = Math.max(worst, optimum);
    double r = clamp(red, lo, hi);
    double g = clamp(green, lo, hi);
    return new ColourThresholds(worst, r, (r + g) / 2, g, optimum);
  }

  private static double clamp(double v, double lo, double hi) {
    return Double.isNaN(v) ? v : Math.max(lo, Math.min(hi, v));
  }

  /** The direction implied by the order. */
  public Direction direction() {
    return optimum > worst ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
  }

  /**
   * The continuous band position of a value.
   *
   * @param value the value
   * @return the position in [0, 4], or NaN for NaN
   */
  public double position(double value) {
    if (Double.isNaN(value)) {
      return Double.NaN;
    }
    double[] v = {worst, orange, yellow, green, optimum};
    double s = optimum > worst ? 1 : -1;
    double x = s * value;
    if (x <= s * v[0]) {
      return 0;
    }
    for (int i = 1; i < v.length; i++) {
      if (x <= s * v[i]) {
        return (i - 1) + (x - s * v[i - 1]) / (s * v[i] - s * v[i - 1]);
      }
    }
    return 4;
  }

  /**
   * The colour of a value.
   *
   * @param value the value
   * @return the rating (grey for NaN)
   */
  public Rating rating(double value) {
    return Rating.ofBandPosition(position(value));
  }
}
