package io.github.livskraft.plan;

/** The status of a plan (planstatus). Order is the usual life cycle. */
public enum PlanStatus {
  /** Planlagt: announced (e.g. in a planstrategi) but not yet drafted. */
  PLANNED("planlagt", "planned"),
  /** Utkast. */
  DRAFT("utkast", "draft"),
  /** På høring / offentlig ettersyn. */
  CONSULTATION("på høring", "on public consultation"),
  /** Vedtatt. */
  ADOPTED("vedtatt", "adopted"),
  /** Under revisjon: adopted and in force, while a revision is being prepared. */
  UNDER_REVISION("under revisjon", "under revision"),
  /** Utgått: no longer in force (expired or replaced). */
  EXPIRED("utgått", "expired");

  private final String labelNb;
  private final String labelEn;

  PlanStatus(String labelNb, String labelEn) {
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

  /** Whether a plan with this status has been adopted (vedtatt, under revisjon or utgått). */
  public boolean adoptedOnce() {
    return this == ADOPTED || this == UNDER_REVISION || this == EXPIRED;
  }
}
