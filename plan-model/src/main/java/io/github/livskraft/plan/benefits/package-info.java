/** Benefit assessment (gevinstvurdering): ranking tiltak by expected benefit against cost and effort; expected vs realised benefits. */
@NullMarked
package io.github.livskraft.plan.benefits;

import org.jspecify.annotations.NullMarked;
