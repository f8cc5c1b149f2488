package io.github.livskraft.plan.validation.internal;

import io.github.livskraft.plan.PlanErrorCode;
import io.github.livskraft.plan.SdgLink;
import io.github.livskraft.plan.validation.constraints.ValidSdgCode;
import io.github.livskraft.sdg.SdgCatalogue;
import io.github.livskraft.sdg.TargetCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** {@link ValidSdgCode} on an {@link SdgLink}: the goal and target exist in the catalogue given as payload. */
public final class SdgCodeValidator implements ConstraintValidator<ValidSdgCode, SdgLink> {
  @Override
  public boolean isValid(SdgLink link, ConstraintValidatorContext ctx) {
    if (link == null) {
      return true;
    }
    SdgCatalogue catalogue = ctx.unwrap(HibernateConstraintValidatorContext.class)
        .getConstraintValidatorPayload(SdgCatalogue.class);
    if (catalogue == null) {
      return true;
    }
    if (catalogue.findGoal(link.goal()).isEmpty()) {
      Report.add(ctx, PlanErrorCode.V010, "goal", "value", link.goal(), "kind", PlanErrorCode.V010.fragment("goal"));
      return false;
    }
    if (link.target().isPresent()) {
      TargetCode t = link.target().get();
      if (catalogue.findTarget(t).isEmpty()) {
        Report.add(ctx, PlanErrorCode.V010, "target", "value", t, "kind", PlanErrorCode.V010.fragment("target"));
        return false;
      }
    }
    return true;
  }
}
