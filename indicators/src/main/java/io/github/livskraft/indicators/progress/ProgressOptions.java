package io.github.livskraft.indicators.progress;

import io.github.livskraft.indicators.Direction;
import io.github.livskraft.indicators.series.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * Options for assessing a whole series (Open SDG's {@code progress_calculation_options}): base period (default
 * 2015; a missing base year moves to the first later period with data), target and target period (default 2030),
 * direction (required), natural limit and thresholds.
 *
 * @param direction the direction (required: no silent default)
 * @param basePeriod the base period
 * @param target the target value, if any
 * @param targetPeriod the target period
 * @param limit a natural limit, if any
 * @param thresholds custom thresholds, if any
 */
public record ProgressOptions(Direction direction, Period basePeriod, Optional<Double> target, Period targetPeriod,
    Optional<Double> limit, Optional<ProgressThresholds> thresholds) {

  /** Checks for nulls. */
  public ProgressOptions {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(basePeriod, "basePeriod");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(targetPeriod, "targetPeriod");
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(thresholds, "thresholds");
  }

  /**
   * Defaults (base 2015, target period 2030, no target) for a direction.
   *
   * @param direction the direction
   * @return the options
   */
  public static ProgressOptions of(Direction direction) {
    return new ProgressOptions(direction, Period.year(2015), Optional.empty(), Period.year(2030), Optional.empty(),
        Optional.empty());
  }

  /**
   * With another base period.
   *
   * @param period the base period
   * @return the options
   */
  public ProgressOptions withBase(Period period) {
    return new ProgressOptions(direction, period, target, targetPeriod, limit, thresholds);
  }

  /**
   * With a target.
   *
   * @param value the target value
   * @param period the target period
   * @return the options
   */
  public ProgressOptions withTarget(double value, Period period) {
    return new ProgressOptions(direction, basePeriod, Optional.of(value), period, limit, thresholds);
  }

  /**
   * With a target value and no target year: the target period stays as it is (default 2030, as in Open SDG).
   *
   * @param value the target value
   * @return the options
   */
  public ProgressOptions withTarget(double value) {
    return withTarget(value, targetPeriod);
  }

  /**
   * With a natural limit.
   *
   * @param value the limit
   * @return the options
   */
  public ProgressOptions withLimit(double value) {
    return new ProgressOptions(direction, basePeriod, target, targetPeriod, Optional.of(value), thresholds);
  }

  /**
   * With custom thresholds.
   *
   * @param value the thresholds
   * @return the options
   */
  public ProgressOptions withThresholds(ProgressThresholds value) {
    return new ProgressOptions(direction, basePeriod, target, targetPeriod, limit, Optional.of(value));
  }
}
