/**
 * The custom Bean Validation constraints of the plan model (valid SDG code, valid kommunenummer, period
 * consistency, dates in order, ids, cross-field rules). {@link io.github.livskraft.plan.validation.PlanValidator}
 * applies them programmatically and binds their validators.
 */
@NullMarked
package io.github.livskraft.plan.validation.constraints;

import org.jspecify.annotations.NullMarked;
