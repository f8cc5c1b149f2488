package io.github.livskraft.indicators.dashboard;

import io.github.livskraft.indicators.IndicatorErrorCode;
import io.github.livskraft.indicators.IndicatorException;
import io.github.livskraft.sdg.GoalCode;
import java.util.Objects;
import java.util.Optional;

/**
 * How one indicator is scored on a dashboard: its goal, its normalisation, (optionally) its colour thresholds, and
 * its weight in the goal score. Without colour thresholds the indicator gets a score but its colour is grey.
 *
 * <p>Weights follow SDSN's Sustainable Development Report: 1 for most indicators, 0.5 or 1/3 where two or three
 * indicators measure the same thing, 0 for an indicator shown on the dashboard but left out of the score.
 *
 * @param indicatorId the indicator id
 * @param goal the goal it counts towards (SDSN assigns each indicator to one goal)
 * @param normalisation the 0–100 normalisation
 * @param colours the colour thresholds, if any
 * @param weight the weight in the goal score (finite, ≥ 0)
 */
public record IndicatorScoring(String indicatorId, GoalCode goal, Normalisation normalisation,
    Optional<ColourThresholds> colours, double weight) {
  /** Checks for nulls and the weight. */
  public IndicatorScoring {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(normalisation, "normalisation");
    Objects.requireNonNull(colours, "colours");
    if (!(Double.isFinite(weight) && weight >= 0)) {
      throw new IndicatorException(IndicatorErrorCode.SCORING_CONFIG, IndicatorErrorCode.SCORING_CONFIG.fragment("weight", indicatorId, weight), null);
    }
  }

  /**
   * Weight 1.
   *
   * @param indicatorId the indicator id
   * @param goal the goal
   * @param normalisation the normalisation
   * @param colours the colour thresholds, if any
   */
  public IndicatorScoring(String indicatorId, GoalCode goal, Normalisation normalisation,
      Optional<ColourThresholds> colours) {
    this(indicatorId, goal, normalisation, colours, 1);
  }

  /**
   * With another weight.
   *
   * @param value the weight (SDSN: 1, 0.5, 1/3 or 0)
   * @return the scoring
   */
  public IndicatorScoring withWeight(double value) {
    return new IndicatorScoring(indicatorId, goal, normalisation, colours, value);
  }
}
