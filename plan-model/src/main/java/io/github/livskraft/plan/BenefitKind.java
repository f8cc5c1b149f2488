package io.github.livskraft.plan;

import io.github.livskraft.plan.internal.Labels;
import io.github.livskraft.sdg.Language;

/** The kinds of benefit (gevinst) a tiltak is expected to give, as in the Norwegian benefit-realisation guidance. */
public enum BenefitKind {
  /** Økonomisk gevinst: saved or freed money or time valued in money. */
  ECONOMIC,
  /** Kvalitetsgevinst: better services for users or staff. */
  QUALITY,
  /** Miljø- og klimagevinst. */
  ENVIRONMENTAL_CLIMATE,
  /** Samfunnsgevinst / sosial gevinst. */
  SOCIAL;

  /**
   * The label in a language, from the plan-model message bundle (key {@code BenefitKind.<CONSTANT>}).
   *
   * @param language the language
   * @return the label, e.g. for bokmål the Norwegian term used in plans
   */
  public String label(Language language) {
    return Labels.of(this, language);
  }
}
