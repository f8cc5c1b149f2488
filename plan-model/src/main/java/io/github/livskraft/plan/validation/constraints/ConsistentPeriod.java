package io.github.livskraft.plan.validation.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Bean Validation constraint: A period ends on or after its start and within 1900–2200 (PLAN-V020, V021); a tiltak's period lies in its plan's validity (PLAN-V022).
 *
 * <p>The plan model carries no annotations; {@link io.github.livskraft.plan.validation.PlanValidator} applies this constraint through Hibernate
 * Validator's programmatic mapping and binds its validators there, so this annotation names none.
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface ConsistentPeriod {
  /** The message template (a message code in braces). */
  String message() default "{PLAN-V000}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
