/**
 * Validation of plan data with Hibernate Validator in plain Java SE: {@link
 * io.github.livskraft.plan.validation.PlanValidator} applies standard and custom constraints (valid SDG code,
 * valid kommunenummer, period consistency, dates in order, …) and returns {@link io.github.livskraft.plan.Finding}s
 * with stable codes, JSON paths, file locations and messages in bokmål, English and nynorsk.
 */
@NullMarked
package io.github.livskraft.plan.validation;

import org.jspecify.annotations.NullMarked;
