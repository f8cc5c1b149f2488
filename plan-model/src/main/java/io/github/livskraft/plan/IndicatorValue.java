package io.github.livskraft.plan;

import java.math.BigDecimal;

/**
 * A measured value of an indicator in a year (a baseline or an observation). Immutable.
 *
 * @param year the year
 * @param value the value, in the indicator's unit
 */
public record IndicatorValue(int year, BigDecimal value) {

  /** Checks for a missing value. */
  public IndicatorValue {
    Checks.required(value, "value");
  }
}
