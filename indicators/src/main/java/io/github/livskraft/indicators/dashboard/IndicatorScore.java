package io.github.livskraft.indicators.dashboard;

import io.github.livskraft.sdg.GoalCode;
import java.util.Objects;
import java.util.Optional;

/**
 * One indicator on a dashboard: value, 0–100 score, continuous band position (0–4) and colour side by side.
 *
 * @param indicatorId the indicator id
 * @param goal the goal
 * @param value the value, or empty (grey)
 * @param score the normalised score, or empty
 * @param bandPosition the band position, or empty (no value or no thresholds)
 * @param rating the colour
 */
public record IndicatorScore(String indicatorId, GoalCode goal, Optional<Double> value, Optional<Double> score,
    Optional<Double> bandPosition, Rating rating) {
  /** Checks for nulls. */
  public IndicatorScore {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(bandPosition, "bandPosition");
    Objects.requireNonNull(rating, "rating");
  }
}
