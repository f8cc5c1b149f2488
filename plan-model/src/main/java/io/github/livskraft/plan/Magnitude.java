package io.github.livskraft.plan;

/**
 * A three-step scale (liten / middels / stor) for a benefit that has no amount, and for the effort (innsats) a
 * tiltak needs. Points 1, 2, 3 are used by the benefit ranking.
 */
public enum Magnitude {
  /** Liten. */
  LOW(1, "liten", "low"),
  /** Middels. */
  MEDIUM(2, "middels", "medium"),
  /** Stor. */
  HIGH(3, "stor", "high");

  private final int points;
  private final String labelNb;
  private final String labelEn;

  Magnitude(int points, String labelNb, String labelEn) {
    this.points = points;
    this.labelNb = labelNb;
    this.labelEn = labelEn;
  }

  /** 1, 2 or 3. */
  public int points() {
    return points;
  }

  /** The bokmål (and nynorsk) label. */
  public String labelNb() {
    return labelNb;
  }

  /** The English label. */
  public String labelEn() {
    return labelEn;
  }
}
