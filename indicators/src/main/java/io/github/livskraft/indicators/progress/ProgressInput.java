package io.github.livskraft.indicators.progress;

import io.github.livskraft.indicators.Direction;
import io.github.livskraft.indicators.series.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * What a progress assessment needs: base and latest value with their periods, the direction, and optionally a
 * target value and target period (a plan indicator's baseline, target value and target year), a natural limit and
 * custom thresholds.
 *
 * <pre>{@code
 * ProgressInput in = ProgressInput.of(Direction.LOWER_IS_BETTER, Period.year(2015), 4.6, Period.year(2023), 3.9)
 *     .withTarget(2.3, Period.year(2030));   // illustrative numbers
 * }</pre>
 *
 * @param direction which values are better ({@link Direction#TARGET_BAND} needs a target T: values are reflected
 *     to T + |y − T| and assessed as lower-is-better towards T, Open SDG's treatment of indicator 5.5.1)
 * @param basePeriod the base period (Open SDG default 2015)
 * @param baseValue the value in the base period
 * @param latestPeriod the latest period with a value
 * @param latestValue the latest value
 * @param target the target value, if any
 * @param targetPeriod the target period (Open SDG default 2030); used only with a target
 * @param limit a natural limit (e.g. 100 %), used only without a target
 * @param thresholds custom thresholds, or empty for the defaults of the method
 */
public record ProgressInput(Direction direction, Period basePeriod, double baseValue, Period latestPeriod,
    double latestValue, Optional<Double> target, Period targetPeriod, Optional<Double> limit,
    Optional<ProgressThresholds> thresholds) {

  /** Checks for nulls and finite values. */
  public ProgressInput {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(basePeriod, "basePeriod");
    Objects.requireNonNull(latestPeriod, "latestPeriod");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(targetPeriod, "targetPeriod");
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(thresholds, "thresholds");
    if (!Double.isFinite(baseValue) || !Double.isFinite(latestValue)
        || target.map(t -> !Double.isFinite(t)).orElse(false) || limit.map(l -> !Double.isFinite(l)).orElse(false)) {
      throw io.github.livskraft.indicators.IndicatorArgumentException.of(
          io.github.livskraft.indicators.IndicatorErrorCode.CALCULATION, "progress-input", baseValue, latestValue,
          target.map(String::valueOf).orElse("–"), limit.map(String::valueOf).orElse("–"));
    }
  }

  /**
   * Input without target (Open SDG method 1), target year 2030.
   *
   * @param direction the direction
   * @param basePeriod base period
   * @param baseValue base value
   * @param latestPeriod latest period
   * @param latestValue latest value
   * @return the input
   */
  public static ProgressInput of(Direction direction, Period basePeriod, double baseValue, Period latestPeriod,
      double latestValue) {
    return new ProgressInput(direction, basePeriod, baseValue, latestPeriod, latestValue, Optional.empty(),
        Period.year(2030), Optional.empty(), Optional.empty());
  }

  /**
   * With a numeric target (Open SDG method 2).
   *
   * @param targetValue the target value
   * @param period the target period
   * @return the new input
   */
  public ProgressInput withTarget(double targetValue, Period period) {
    return new ProgressInput(direction, basePeriod, baseValue, latestPeriod, latestValue, Optional.of(targetValue),
        period, limit, thresholds);
  }

  /**
   * With a numeric target and no target year: the target period stays as it is (Open SDG's default 2030).
   *
   * @param targetValue the target value
   * @return the new input
   */
  public ProgressInput withTarget(double targetValue) {
    return withTarget(targetValue, targetPeriod);
  }

  /**
   * With a natural limit (used without a target).
   *
   * @param value the limit, e.g. 100
   * @return the new input
   */
  public ProgressInput withLimit(double value) {
    return new ProgressInput(direction, basePeriod, baseValue, latestPeriod, latestValue, target, targetPeriod,
        Optional.of(value), thresholds);
  }

  /**
   * With custom thresholds.
   *
   * @param value the thresholds
   * @return the new input
   */
  public ProgressInput withThresholds(ProgressThresholds value) {
    return new ProgressInput(direction, basePeriod, baseValue, latestPeriod, latestValue, target, targetPeriod,
        limit, Optional.of(value));
  }
}
