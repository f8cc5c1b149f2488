package io.github.livskraft.plan;

/**
 * The status of a tiltak or mål in one reporting period, as in a tertialrapport or årsrapport (often shown as
 * green, yellow, red).
 */
public enum FollowUpStatus {
  /** Ikke startet. */
  NOT_STARTED("ikke startet", "ikkje starta", "not started"),
  /** I rute (grønn). */
  ON_TRACK("i rute", "i rute", "on track"),
  /** Noe avvik (gul). */
  MINOR_DEVIATION("noe avvik", "noko avvik", "minor deviation"),
  /** Betydelig avvik (rød). */
  MAJOR_DEVIATION("betydelig avvik", "vesentleg avvik", "major deviation"),
  /** Gjennomført / nådd. */
  COMPLETED("gjennomført", "gjennomført", "completed"),
  /** Utsatt. */
  POSTPONED("utsatt", "utsett", "postponed"),
  /** Avlyst / ikke gjennomført. */
  CANCELLED("avlyst", "avlyst", "cancelled"),
  /** Ikke vurdert i perioden. */
  NOT_ASSESSED("ikke vurdert", "ikkje vurdert", "not assessed");

  private final String labelNb;
  private final String labelNn;
  private final String labelEn;

  FollowUpStatus(String labelNb, String labelNn, String labelEn) {
    this.labelNb = labelNb;
    this.labelNn = labelNn;
    this.labelEn = labelEn;
  }

  /** The bokmål label. */
  public String labelNb() {
    return labelNb;
  }

  /** The nynorsk label. */
  public String labelNn() {
    return labelNn;
  }

  /** The English label. */
  public String labelEn() {
    return labelEn;
  }
}
