package io.github.livskraft.plan.validation.internal;

import io.github.livskraft.plan.PlanMessage;
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
      Report.add(ctx, PlanMessage.V010, "goal", "value", link.goal(), "kind", "goal", "kindNb", "mål");
      return false;
    }
    if (link.target().isPresent()) {
      TargetCode t = link.target().get();
      if (catalogue.findTarget(t).isEmpty()) {
        Report.add(ctx, PlanMessage.V010, "target", "value", t, "kind", "target", "kindNb", "delmål");
        return false;
      }
    }
    return true;
  }
}
