package io.github.livskraft.plan.validation.internal;

import io.github.livskraft.plan.PlanErrorCode;
import io.github.livskraft.plan.StatusChange;
import io.github.livskraft.plan.validation.constraints.DatesInOrder;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** {@link DatesInOrder} on a {@link StatusChange}: a consultation ends on or after it starts. */
public final class StatusChangeDatesValidator implements ConstraintValidator<DatesInOrder, StatusChange> {
  @Override
  public boolean isValid(StatusChange change, ConstraintValidatorContext ctx) {
    if (change == null || change.until().isEmpty() || !change.until().get().isBefore(change.date())) {
      return true;
    }
    Report.add(ctx, PlanErrorCode.V031, "until", "value", change.until().get(), "expected", change.date());
    return false;
  }
}
