package io.github.livskraft.plan.coverage;

/**
 * How deeply a goal or target is followed up, as a ladder: each level includes the ones before. An indicator
 * counts for an element when it is the element itself, below it ({@code parent}) or serves it, transitively.
 */
public enum CoverageDepth {
  /** Not addressed. */
  NONE("ikke dekket", "not addressed"),
  /** Linked by an element or declared by a plan. */
  LINKED("koblet", "linked"),
  /** An indicator follows the linked element up. */
  HAS_INDICATOR("har indikator", "has indicator"),
  /** That indicator has a numeric target value (måltall). */
  HAS_TARGET_VALUE("har målverdi", "has target value"),
  /** That indicator also has data (baseline or observations, or the data probe finds data). */
  HAS_DATA("har data", "has data");

  private final String labelNb;
  private final String labelEn;

  CoverageDepth(String labelNb, String labelEn) {
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

  /**
   * The deeper of two depths.
   *
   * @param other the other depth
   * @return the maximum
   */
  public CoverageDepth max(CoverageDepth other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
