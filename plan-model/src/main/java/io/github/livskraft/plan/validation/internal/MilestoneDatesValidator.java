package io.github.livskraft.plan.validation.internal;

import io.github.livskraft.plan.Milestone;
import io.github.livskraft.plan.PlanErrorCode;
import io.github.livskraft.plan.validation.constraints.DatesInOrder;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** {@link DatesInOrder} on a {@link Milestone}: exactly one of date/month; the end not before the start. */
public final class MilestoneDatesValidator implements ConstraintValidator<DatesInOrder, Milestone> {
  @Override
  public boolean isValid(Milestone m, ConstraintValidatorContext ctx) {
    if (m == null) {
      return true;
    }
    boolean one = m.date().isPresent() ^ m.month().isPresent();
    boolean endOk = m.end().isEmpty() || m.earliest().map(s -> !m.end().get().isBefore(s)).orElse(true);
    if (!one || !endOk) {
      Report.add(ctx, PlanErrorCode.V032, one ? "end" : "date", "value", m.id());
      return false;
    }
    return true;
  }
}
