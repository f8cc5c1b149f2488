package io.github.livskraft.plan.validation.internal;

import io.github.livskraft.plan.PlanErrorCode;
import jakarta.validation.ConstraintValidatorContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Adds violations that carry a message code, named parameters and a sub-path (as dynamic payload). */
public final class Report {
  /** Payload key of the sub-path below the validated bean, e.g. {@code elements[3].measure}. */
  public static final String PATH = "#path";

  private Report() {}

  static void add(ConstraintValidatorContext ctx, PlanErrorCode message, String subPath, Object... keyValues) {
    ctx.disableDefaultConstraintViolation();
    HibernateConstraintValidatorContext h = ctx.unwrap(HibernateConstraintValidatorContext.class);
    Map<String, Object> params = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      params.put((String) keyValues[i], keyValues[i + 1]);
      h.addMessageParameter((String) keyValues[i], keyValues[i + 1]);
    }
    params.put(PATH, subPath);
    h.withDynamicPayload(Map.copyOf(params));
    h.buildConstraintViolationWithTemplate("{" + message.code() + "}").addConstraintViolation();
  }
}
