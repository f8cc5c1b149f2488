package io.github.livskraft.plan;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The target of an indicator (måltall / målverdi) and its deadline. A plan that states its target only in words
 * ("alle virksomheter innen 2012") has a {@code description} and no {@code value}: Livskraft never invents the
 * number. Immutable.
 *
 * @param year the year by which the target should be reached
 * @param value the numeric target value, if the plan gives one
 * @param description the target in the plan's words
 */
public record IndicatorTarget(int year, Optional<BigDecimal> value, Optional<String> description) {

  /** Normalises absent parts. */
  public IndicatorTarget {
    value = Checks.opt(value);
    description = Checks.opt(description);
  }
}
