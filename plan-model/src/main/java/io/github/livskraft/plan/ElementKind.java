package io.github.livskraft.plan;

import io.github.livskraft.plan.internal.Labels;
import io.github.livskraft.sdg.Language;

/**
 * The kinds of element inside a plan.
 *
 * <p>Caution: a municipal {@link #SUB_GOAL} (delmål) is not an SDG target, although SDG texts in Norwegian call
 * targets "delmål" too; SDG targets are {@link io.github.livskraft.sdg.TargetCode}s in an {@link SdgLink}.
 */
public enum ElementKind {
  /** Innsatsområde / satsingsområde / fokusområde: a top-level theme. */
  FOCUS_AREA,
  /** Hovedmål. */
  MAIN_GOAL,
  /** Delmål (a municipal sub-goal, not an SDG target). */
  SUB_GOAL,
  /** Mål, where a plan does not distinguish main and sub-goals. */
  GOAL,
  /** Strategi ("slik gjør vi det"). */
  STRATEGY,
  /** Tiltak: a concrete measure with responsible unit, period, cost and status. */
  MEASURE,
  /** Indikator: how progress is measured, with baseline and target. */
  INDICATOR;

  /** Whether this is a goal of any level (hovedmål, delmål, mål). */
  public boolean goalLevel() {
    return this == MAIN_GOAL || this == SUB_GOAL || this == GOAL;
  }

  /**
   * The label in a language, from the plan-model message bundle (key {@code ElementKind.<CONSTANT>}).
   *
   * @param language the language
   * @return the label, e.g. for bokmål the Norwegian term used in plans
   */
  public String label(Language language) {
    return Labels.of(this, language);
  }
}
