package io.github.livskraft.plan.validation.internal;

import io.github.livskraft.plan.Owner;
import io.github.livskraft.plan.OwnerKind;
import io.github.livskraft.plan.PlanErrorCode;
import io.github.livskraft.plan.validation.constraints.ValidMunicipalityCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** {@link ValidMunicipalityCode} on an {@link Owner}: a municipality has its kommunenummer, a region its members. */
public final class OwnerValidator implements ConstraintValidator<ValidMunicipalityCode, Owner> {
  @Override
  public boolean isValid(Owner owner, ConstraintValidatorContext ctx) {
    if (owner == null) {
      return true;
    }
    if (owner.kind() == OwnerKind.MUNICIPALITY && owner.municipality().isEmpty()) {
      Report.add(ctx, PlanErrorCode.V040, "municipality", "value", owner.name(),
          "expected", PlanErrorCode.V040.fragment("municipality"));
      return false;
    }
    if (owner.kind().hasMembers() && owner.members().isEmpty()) {
      Report.add(ctx, PlanErrorCode.V040, "members", "value", owner.name(),
          "expected", PlanErrorCode.V040.fragment("members"));
      return false;
    }
    if (!owner.kind().hasMembers() && !owner.members().isEmpty()) {
      Report.add(ctx, PlanErrorCode.V040, "members", "value", owner.name(),
          "expected", PlanErrorCode.V040.fragment("no-members"));
      return false;
    }
    if (owner.members().size() != owner.members().stream().distinct().count()) {
      Report.add(ctx, PlanErrorCode.V040, "members", "value", owner.name(),
          "expected", PlanErrorCode.V040.fragment("twice"));
      return false;
    }
    return true;
  }
}
