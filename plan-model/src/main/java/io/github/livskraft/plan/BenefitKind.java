package io.github.livskraft.plan;

/** The kinds of benefit (gevinst) a tiltak is expected to give, as in the Norwegian benefit-realisation guidance. */
public enum BenefitKind {
  /** Økonomisk gevinst: saved or freed money or time valued in money. */
  ECONOMIC("økonomisk", "økonomisk", "economic"),
  /** Kvalitetsgevinst: better services for users or staff. */
  QUALITY("kvalitet", "kvalitet", "quality"),
  /** Miljø- og klimagevinst. */
  ENVIRONMENTAL_CLIMATE("miljø og klima", "miljø og klima", "environmental/climate"),
  /** Samfunnsgevinst / sosial gevinst. */
  SOCIAL("sosial", "sosial", "social");

  private final String labelNb;
  private final String labelNn;
  private final String labelEn;

  BenefitKind(String labelNb, String labelNn, String labelEn) {
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
