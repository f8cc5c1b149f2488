package io.github.livskraft.indicators.dashboard;

import io.github.livskraft.sdg.GoalCode;
import java.util.Objects;
import java.util.Optional;

/**
 * How one indicator is scored on a dashboard: its goal, its normalisation, and (optionally) its colour thresholds.
 * Without colour thresholds the indicator gets a score but its colour is grey.
 *
 * @param indicatorId the indicator id
 * @param goal the goal it counts towards (SDSN assigns each indicator to one goal)
 * @param normalisation the 0–100 normalisation
 * @param colours the colour thresholds, if any
 */
public record IndicatorScoring(String indicatorId, GoalCode goal, Normalisation normalisation,
    Optional<ColourThresholds> colours) {
  /** Checks for nulls. */
  public IndicatorScoring {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(normalisation, "normalisation");
    Objects.requireNonNull(colours, "colours");
  }
}
