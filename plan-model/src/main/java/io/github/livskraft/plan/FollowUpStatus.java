package io.github.livskraft.plan;

import io.github.livskraft.plan.internal.Labels;
import io.github.livskraft.sdg.Language;

/**
 * The status of a tiltak or mål in one reporting period, as in a tertialrapport or årsrapport (often shown as
 * green, yellow, red).
 */
public enum FollowUpStatus {
  /** Ikke startet. */
  NOT_STARTED,
  /** I rute (grønn). */
  ON_TRACK,
  /** Noe avvik (gul). */
  MINOR_DEVIATION,
  /** Betydelig avvik (rød). */
  MAJOR_DEVIATION,
  /** Gjennomført / nådd. */
  COMPLETED,
  /** Utsatt. */
  POSTPONED,
  /** Avlyst / ikke gjennomført. */
  CANCELLED,
  /** Ikke vurdert i perioden. */
  NOT_ASSESSED;

  /**
   * The label in a language, from the plan-model message bundle (key {@code FollowUpStatus.<CONSTANT>}).
   *
   * @param language the language
   * @return the label, e.g. for bokmål the Norwegian term used in plans
   */
  public String label(Language language) {
    return Labels.of(this, language);
  }
}
