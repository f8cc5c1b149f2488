package io.github.livskraft.plan.validation.internal;

import io.github.livskraft.plan.PlanErrorCode;
import io.github.livskraft.plan.validation.constraints.ValidId;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** {@link ValidId} on a String. */
public final class IdValidator implements ConstraintValidator<ValidId, String> {
  @Override
  public boolean isValid(String id, ConstraintValidatorContext ctx) {
    if (id == null || wellFormed(id)) {
      return true;
    }
    Report.add(ctx, PlanErrorCode.V002, "", "value", id);
    return false;
  }

  static boolean wellFormed(String id) {
    if (id.isEmpty() || id.length() > 200) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean alnum = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      if (!alnum && (i == 0 || c != '-' && c != '_' && c != '.')) {
        return false;
      }
    }
    return true;
  }
}
