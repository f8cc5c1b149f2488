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
 * Bean Validation constraint: Cross-field rules of the plan data: unique ids (PLAN-V003, V004), format version (V005), link confidence and provenance (V011–V013), owner present (V042), element details match the kind (V050), indicator targets (V023, V051, V052), cost (V053).
 *
 * <p>The plan model carries no annotations; {@link io.github.livskraft.plan.validation.PlanValidator} applies this constraint through Hibernate
 * Validator's programmatic mapping and binds its validators there, so this annotation names none.
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface ConsistentPlanData {
  /** The message template (a message code in braces). */
  String message() default "{PLAN-V000}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
