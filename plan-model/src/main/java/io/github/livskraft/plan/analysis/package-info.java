/**
 * One entry point over a plan chain: validation, coherence, coverage and link suggestions in one call and one result
 * ({@link io.github.livskraft.plan.analysis.PlanAnalyzer}).
 */
@NullMarked
package io.github.livskraft.plan.analysis;

import org.jspecify.annotations.NullMarked;
