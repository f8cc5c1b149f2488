package io.github.livskraft.plan.validation.internal;

import io.github.livskraft.plan.MeasureDetails;
import io.github.livskraft.plan.Period;
import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.PlanElement;
import io.github.livskraft.plan.PlanErrorCode;
import io.github.livskraft.plan.validation.constraints.ConsistentPeriod;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** {@link ConsistentPeriod} on a {@link Plan}: each tiltak's period lies inside the plan's validity period. */
public final class PlanPeriodValidator implements ConstraintValidator<ConsistentPeriod, Plan> {
  @Override
  public boolean isValid(Plan plan, ConstraintValidatorContext ctx) {
    if (plan == null || plan.validity().isEmpty()) {
      return true;
    }
    Period validity = plan.validity().get();
    boolean ok = true;
    for (int i = 0; i < plan.elements().size(); i++) {
      PlanElement e = plan.elements().get(i);
      Period p = e.measure().flatMap(MeasureDetails::period).orElse(null);
      if (p == null) {
        continue;
      }
      boolean inside = validity.contains(p.from())
          && (p.to().isPresent() ? validity.contains(p.to().get()) : validity.to().isEmpty());
      if (!inside) {
        Report.add(ctx, PlanErrorCode.V022, "elements[" + i + "].measure.period", "value", p, "element", e.id(),
            "expected", validity);
        ok = false;
      }
    }
    return ok;
  }
}
