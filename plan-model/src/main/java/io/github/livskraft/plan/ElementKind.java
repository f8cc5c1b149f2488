package io.github.livskraft.plan;

/**
 * The kinds of element inside a plan.
 *
 * <p>Caution: a municipal {@link #SUB_GOAL} (delmål) is not an SDG target, although SDG texts in Norwegian call
 * targets "delmål" too; SDG targets are {@link io.github.livskraft.sdg.TargetCode}s in an {@link SdgLink}.
 */
public enum ElementKind {
  /** Innsatsområde / satsingsområde / fokusområde: a top-level theme. */
  FOCUS_AREA("innsatsområde", "focus area"),
  /** Hovedmål. */
  MAIN_GOAL("hovedmål", "main goal"),
  /** Delmål (a municipal sub-goal, not an SDG target). */
  SUB_GOAL("delmål", "sub-goal"),
  /** Mål, where a plan does not distinguish main and sub-goals. */
  GOAL("mål", "goal"),
  /** Strategi ("slik gjør vi det"). */
  STRATEGY("strategi", "strategy"),
  /** Tiltak: a concrete measure with responsible unit, period, cost and status. */
  MEASURE("tiltak", "measure"),
  /** Indikator: how progress is measured, with baseline and target. */
  INDICATOR("indikator", "indicator");

  private final String labelNb;
  private final String labelEn;

  ElementKind(String labelNb, String labelEn) {
    this.labelNb = labelNb;
    this.labelEn = labelEn;
  }

  /** The Norwegian label. */
  public String labelNb() {
    return labelNb;
  }

  /** The English label. */
  public String labelEn() {
    return labelEn;
  }

  /** Whether this is a goal of any level (hovedmål, delmål, mål). */
  public boolean goalLevel() {
    return this == MAIN_GOAL || this == SUB_GOAL || this == GOAL;
  }
}
