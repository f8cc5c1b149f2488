package io.github.livskraft.plan.validation.internal;

import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.PlanErrorCode;
import io.github.livskraft.plan.StatusChange;
import io.github.livskraft.plan.validation.constraints.DatesInOrder;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** {@link DatesInOrder} on a {@link Plan}: status history in date order; current status = latest change. */
public final class PlanDatesValidator implements ConstraintValidator<DatesInOrder, Plan> {
  @Override
  public boolean isValid(Plan plan, ConstraintValidatorContext ctx) {
    if (plan == null) {
      return true;
    }
    List<StatusChange> h = plan.statusHistory();
    for (int i = 1; i < h.size(); i++) {
      if (h.get(i).date().isBefore(h.get(i - 1).date())) {
        Report.add(ctx, PlanErrorCode.V030, "statusHistory[" + i + "].date", "value", h.get(i - 1).date(),
            "expected", h.get(i).date());
        return false;
      }
    }
    if (!h.isEmpty() && h.get(h.size() - 1).status() != plan.status()) {
      Report.add(ctx, PlanErrorCode.V033, "status", "value", plan.status(), "expected",
          h.get(h.size() - 1).status() + " " + h.get(h.size() - 1).date());
      return false;
    }
    return true;
  }
}
