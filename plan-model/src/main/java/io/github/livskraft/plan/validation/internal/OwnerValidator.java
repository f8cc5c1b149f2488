package io.github.livskraft.plan.validation.internal;

import io.github.livskraft.plan.Owner;
import io.github.livskraft.plan.OwnerKind;
import io.github.livskraft.plan.PlanMessage;
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
      Report.add(ctx, PlanMessage.V040, "municipality", "value", owner.name(),
          "expected", "a municipality needs its four-digit kommunenummer in 'municipality'",
          "expectedNb", "en kommune trenger sitt firesifrede kommunenummer i 'municipality'");
      return false;
    }
    if (owner.kind().hasMembers() && owner.members().isEmpty()) {
      Report.add(ctx, PlanMessage.V040, "members", "value", owner.name(),
          "expected", "a region or network needs its member municipalities in 'members'",
          "expectedNb", "en region eller et nettverk trenger medlemskommunene i 'members'");
      return false;
    }
    if (!owner.kind().hasMembers() && !owner.members().isEmpty()) {
      Report.add(ctx, PlanMessage.V040, "members", "value", owner.name(),
          "expected", "only a REGION or NETWORK has 'members'", "expectedNb", "bare en REGION eller et NETWORK har 'members'");
      return false;
    }
    if (owner.members().size() != owner.members().stream().distinct().count()) {
      Report.add(ctx, PlanMessage.V040, "members", "value", owner.name(),
          "expected", "a member municipality is listed twice", "expectedNb", "en medlemskommune er oppført to ganger");
      return false;
    }
    return true;
  }
}
