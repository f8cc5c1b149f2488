package io.github.livskraft.plan;

import io.github.livskraft.plan.internal.Labels;
import io.github.livskraft.sdg.Language;

/**
 * The three dimensions of sustainable development (bærekraftens tre dimensjoner), a facet on goals: "Bærekraft
 * handler om balanse mellom økologiske, sosiale og økonomiske bunnlinjer" (KS, Livskraftige kommuner, 2009).
 */
public enum SustainabilityDimension {
  /** Sosial bærekraft. */
  SOCIAL,
  /** Økonomisk bærekraft. */
  ECONOMIC,
  /** Miljømessig (økologisk) bærekraft. */
  ENVIRONMENTAL;

  /**
   * The label in a language, from the plan-model message bundle (key {@code SustainabilityDimension.<CONSTANT>}).
   *
   * @param language the language
   * @return the label, e.g. for bokmål the Norwegian term used in plans
   */
  public String label(Language language) {
    return Labels.of(this, language);
  }
}
