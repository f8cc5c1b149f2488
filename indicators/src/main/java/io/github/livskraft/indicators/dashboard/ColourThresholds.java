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
 * <p><b>Thresholds outside the bounds.</b> SDSN codebooks sometimes put the red threshold beyond the lower bound
 * or the green threshold beyond the optimum. SDSN then colours by the thresholds as given, except that a value
 * strictly worse than the lower bound is red: this reproduces all 441 published indicator colours of SDSN's
 * 2022 Benin "leave no one behind" index (12 departments × 37 indicators, 8 of them affected), where clamping
 * the thresholds into the bounds got 8 wrong (counted before a value at the red threshold became orange, see
 * {@link #position}; see {@code docs/indicators.md}, "References and verification").
 * The position then interpolates from the outermost of (worst, orange) to the outermost of (green, optimum).
 *
 * <pre>{@code
 * // lower is better: 20 → red end, 10 orange, 5 yellow, 2 green, 0 optimum (illustrative)
 * ColourThresholds t = new ColourThresholds(20, 10, 5, 2, 0);
 * t.rating(3.5);   // YELLOW
 * }</pre>
 *
 * @param worst the lower bound (band position 0; anything strictly worse is red)
 * @param orange band position 1 (red below); may lie beyond {@code worst}
 * @param yellow band position 2
 * @param green band position 3 (SDG achieved); may lie beyond {@code optimum}
 * @param optimum band position 4
 */
public record ColourThresholds(double worst, double orange, double yellow, double green, double optimum) {

  /**
   * Validates: finite, worst ≠ optimum, and orange → yellow → green in order in the direction from worst to
   * optimum (equal neighbours allowed). The red and green thresholds may lie outside [worst, optimum], as in SDSN
   * codebooks.
   */
  public ColourThresholds {
    double s = optimum > worst ? 1 : -1;
    boolean finite = Double.isFinite(worst) && Double.isFinite(orange) && Double.isFinite(yellow)
        && Double.isFinite(green) && Double.isFinite(optimum);
    boolean inOrder = s * orange <= s * yellow && s * yellow <= s * green;
    if (!finite || !inOrder || worst == optimum) {
      throw new IndicatorException(IndicatorErrorCode.SCORING_CONFIG,
          IndicatorErrorCode.SCORING_CONFIG.fragment("thresholds", worst, orange, yellow, green, optimum), null);
    }
  }

  /**
   * Thresholds exactly as an SDSN codebook gives them, red/orange/yellow/green, outside the bounds or not: the
   * behaviour of SDSN's published dashboards (see the class comment).
   *
   * @param worst the lower bound (score 0)
   * @param orange red/orange threshold
   * @param yellow orange/yellow threshold
   * @param green yellow/green threshold (SDG achieved)
   * @param optimum the upper bound (score 100)
   * @return the thresholds
   * @throws IndicatorException {@code IND-0008} when worst = optimum or the thresholds are out of order
   */
  public static ColourThresholds codebook(double worst, double orange, double yellow, double green, double optimum) {
    return new ColourThresholds(worst, orange, yellow, green, optimum);
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
   * @deprecated Livskraft's earlier reading of the SDSN method; SDSN's published colours disagree with it (8 of
   *     441 indicator colours of the 2022 Benin index come out wrong). Use {@link #codebook} or
   *     {@link #fromGreenRed}, which keep the thresholds as given.
   */
  @Deprecated
  public static ColourThresholds clamped(double worst, double orange, double yellow, double green, double optimum) {
    double lo = Math.min(worst, optimum);
    double hi = Math.max(worst, optimum);
    return new ColourThresholds(worst, clamp(orange, lo, hi), clamp(yellow, lo, hi), clamp(green, lo, hi), optimum);
  }

  /**
   * Thresholds from the green and red thresholds alone (the SDSN codebook's two thresholds): red below the red
   * threshold, green at or beyond the green threshold, and the yellow/orange boundary at their midpoint. Thresholds
   * outside [worst, optimum] are kept as given (not clamped), and a value strictly worse than {@code worst} is red:
   * SDSN's published behaviour (the class comment says how this was checked).
   *
   * @param worst the lower bound
   * @param red the red threshold (red/orange boundary)
   * @param green the green threshold (yellow/green boundary)
   * @param optimum the upper bound
   * @return the thresholds
   */
  public static ColourThresholds fromGreenRed(double worst, double red, double green, double optimum) {
    return new ColourThresholds(worst, red, (red + green) / 2, green, optimum);
  }

  private static double clamp(double v, double lo, double hi) {
    return Double.isNaN(v) ? v : Math.max(lo, Math.min(hi, v));
  }

  /** The direction implied by the order. */
  public Direction direction() {
    return optimum > worst ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
  }

  /**
   * The continuous band position of a value: 0 for a value strictly worse than {@code worst}; otherwise the
   * interpolation over (outermost of worst and orange, orange, yellow, green, outermost of green and optimum). A
   * value exactly at the red threshold is at position 1 (orange; red is below it), also when the red threshold
   * equals the lower bound: SDSN's 2025 dashboards colour "0 universities ranked" (red threshold = lower bound = 0)
   * that way (see {@code docs/indicators.md}, "References and verification").
   *
   * @param value the value
   * @return the position in [0, 4], or NaN for NaN
   */
  public double position(double value) {
    if (Double.isNaN(value)) {
      return Double.NaN;
    }
    double s = optimum > worst ? 1 : -1;
    double x = s * value;
    if (x < s * worst) {
      return 0;
    }
    // the five points (outermost of worst and orange, orange, yellow, green, outermost of green and optimum),
    // without an array: dashboards call this for every indicator of every region
    double v0 = Math.min(s * worst, s * orange);
    double v1 = s * orange;
    double v2 = s * yellow;
    double v3 = s * green;
    double v4 = Math.max(s * green, s * optimum);
    if (x < v1) {
      return x <= v0 ? 0 : (x - v0) / (v1 - v0);
    }
    if (x == v1) {
      // at the red threshold: orange (red is below it), also when the red threshold is the lower bound itself
      return 1;
    }
    if (x <= v2) {
      return 1 + (x - v1) / (v2 - v1);
    }
    if (x <= v3) {
      return 2 + (x - v2) / (v3 - v2);
    }
    if (x <= v4) {
      return 3 + (x - v3) / (v4 - v3);
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
