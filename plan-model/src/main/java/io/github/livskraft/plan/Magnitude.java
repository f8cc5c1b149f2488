package io.github.livskraft.plan;

import io.github.livskraft.plan.internal.Labels;
import io.github.livskraft.sdg.Language;

/**
 * A three-step scale (liten / middels / stor) for a benefit that has no amount, and for the effort (innsats) a
 * tiltak needs. Points 1, 2, 3 are used by the benefit ranking.
 */
public enum Magnitude {
  /** Liten. */
  LOW(1),
  /** Middels. */
  MEDIUM(2),
  /** Stor. */
  HIGH(3);

  private final int points;

  Magnitude(int points) {
    this.points = points;
  }

  /** 1, 2 or 3. */
  public int points() {
    return points;
  }

  /**
   * The label in a language, from the plan-model message bundle (key {@code Magnitude.<CONSTANT>}).
   *
   * @param language the language
   * @return the label, e.g. for bokmål the Norwegian term used in plans
   */
  public String label(Language language) {
    return Labels.of(this, language);
  }
}
