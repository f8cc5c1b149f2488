/** Constraint validators and message interpolation for {@code io.github.livskraft.plan.validation}. Not API. */
@NullMarked
package io.github.livskraft.plan.validation.internal;

import org.jspecify.annotations.NullMarked;
