/**
 * The UN Sustainable Development Goals catalogue: goals (bærekraftsmål), targets (delmål) and indicators, with
 * English, bokmål and nynorsk text and the provenance of each text.
 *
 * <p>Entry points: the code types {@link io.github.livskraft.sdg.GoalCode},
 * {@link io.github.livskraft.sdg.TargetCode}, {@link io.github.livskraft.sdg.IndicatorCode}.
 */
@NullMarked
package io.github.livskraft.sdg;

import org.jspecify.annotations.NullMarked;
