package io.github.livskraft.plan;

/**
 * The three dimensions of sustainable development (bærekraftens tre dimensjoner), a facet on goals: "Bærekraft
 * handler om balanse mellom økologiske, sosiale og økonomiske bunnlinjer" (KS, Livskraftige kommuner, 2009).
 */
public enum SustainabilityDimension {
  /** Sosial bærekraft. */
  SOCIAL("sosial", "sosial", "social"),
  /** Økonomisk bærekraft. */
  ECONOMIC("økonomisk", "økonomisk", "economic"),
  /** Miljømessig (økologisk) bærekraft. */
  ENVIRONMENTAL("miljømessig", "miljømessig", "environmental");

  private final String labelNb;
  private final String labelNn;
  private final String labelEn;

  SustainabilityDimension(String labelNb, String labelNn, String labelEn) {
    this.labelNb = labelNb;
    this.labelNn = labelNn;
    this.labelEn = labelEn;
  }

  /** The bokmål label, e.g. {@code "miljømessig"}. */
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
