package io.github.livskraft.plan.validation.internal;

import io.github.livskraft.plan.Period;
import io.github.livskraft.plan.PlanErrorCode;
import io.github.livskraft.plan.validation.constraints.ConsistentPeriod;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** {@link ConsistentPeriod} on a {@link Period}: from ≤ to, years in 1900–2200. */
public final class PeriodValidator implements ConstraintValidator<ConsistentPeriod, Period> {
  @Override
  public boolean isValid(Period period, ConstraintValidatorContext ctx) {
    if (period == null) {
      return true;
    }
    if (period.from() < 1900 || period.from() > 2200) {
      Report.add(ctx, PlanErrorCode.V021, "from", "value", period.from());
      return false;
    }
    if (period.to().isPresent()) {
      int to = period.to().get();
      if (to < 1900 || to > 2200) {
        Report.add(ctx, PlanErrorCode.V021, "to", "value", to);
        return false;
      }
      if (to < period.from()) {
        Report.add(ctx, PlanErrorCode.V020, "", "value", period);
        return false;
      }
    }
    return true;
  }
}
