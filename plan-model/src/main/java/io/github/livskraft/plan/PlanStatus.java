package io.github.livskraft.plan;

import io.github.livskraft.plan.internal.Labels;
import io.github.livskraft.sdg.Language;

/** The status of a plan (planstatus). Order is the usual life cycle. */
public enum PlanStatus {
  /** Planlagt: announced (e.g. in a planstrategi) but not yet drafted. */
  PLANNED,
  /** Utkast. */
  DRAFT,
  /** På høring / offentlig ettersyn. */
  CONSULTATION,
  /** Vedtatt. */
  ADOPTED,
  /** Under revisjon: adopted and in force, while a revision is being prepared. */
  UNDER_REVISION,
  /** Utgått: no longer in force (expired or replaced). */
  EXPIRED;

  /** Whether a plan with this status has been adopted (vedtatt, under revisjon or utgått). */
  public boolean adoptedOnce() {
    return this == ADOPTED || this == UNDER_REVISION || this == EXPIRED;
  }

  /**
   * The label in a language, from the plan-model message bundle (key {@code PlanStatus.<CONSTANT>}).
   *
   * @param language the language
   * @return the label, e.g. for bokmål the Norwegian term used in plans
   */
  public String label(Language language) {
    return Labels.of(this, language);
  }
}
