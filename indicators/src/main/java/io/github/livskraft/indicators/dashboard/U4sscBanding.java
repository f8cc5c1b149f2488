package io.github.livskraft.indicators.dashboard;

import io.github.livskraft.indicators.Direction;
import io.github.livskraft.indicators.IndicatorErrorCode;
import io.github.livskraft.indicators.IndicatorException;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A U4SSC-like benchmark banding preset (after the structure described for the U4SSC KPIs for Smart Sustainable
 * Cities; not ITU's text or tables): each value is scored against a benchmark target by how much of the target it
 * reaches, 0–33 % → 1 point, 33–66 % → 2, 66–95 % → 3, ≥ 95 % → 4; a category score is the points as a
 * percentage of the maximum, leaving unreported values out of the denominator.
 *
 * <p>For lower-is-better indicators the achieved share is {@code benchmark ÷ value} (a value at or below the
 * benchmark reaches 100 %). Stateless.
 */
public final class U4sscBanding {
  private U4sscBanding() {}

  /**
   * The share of the benchmark reached.
   *
   * @param value the value
   * @param benchmark the benchmark target (positive)
   * @param direction higher or lower is better
   * @return the share (≥ 0), or NaN for a NaN value
   */
  public static double achievement(double value, double benchmark, Direction direction) {
    if (!(benchmark > 0) || direction == Direction.TARGET_BAND) {
      throw new IndicatorException(IndicatorErrorCode.SCORING_CONFIG, IndicatorErrorCode.SCORING_CONFIG.fragment("u4ssc", benchmark, direction), null);
    }
    if (Double.isNaN(value)) {
      return Double.NaN;
    }
    if (direction == Direction.HIGHER_IS_BETTER) {
      return Math.max(0, value / benchmark);
    }
    return value <= benchmark ? 1 : benchmark / value;
  }

  /**
   * The points (1–4) for a value.
   *
   * @param value the value (NaN = not reported)
   * @param benchmark the benchmark
   * @param direction the direction
   * @return 1–4, or empty when not reported
   */
  public static OptionalInt points(double value, double benchmark, Direction direction) {
    double a = achievement(value, benchmark, direction);
    if (Double.isNaN(a)) {
      return OptionalInt.empty();
    }
    if (a >= 0.95) {
      return OptionalInt.of(4);
    }
    if (a >= 0.66) {
      return OptionalInt.of(3);
    }
    if (a >= 0.33) {
      return OptionalInt.of(2);
    }
    return OptionalInt.of(1);
  }

  /**
   * A category (or dimension) score: points as a percentage of the maximum (4 per reported value).
   *
   * @param points the points of each value (empty = unreported, left out)
   * @return the percentage, or empty when nothing was reported
   */
  public static Optional<Double> percentage(Collection<OptionalInt> points) {
    int sum = 0;
    int n = 0;
    for (OptionalInt p : points) {
      if (p.isPresent()) {
        sum += p.getAsInt();
        n++;
      }
    }
    return n == 0 ? Optional.empty() : Optional.of(100.0 * sum / (4.0 * n));
  }
}
