package io.github.livskraft.indicators.dashboard;

import io.github.livskraft.sdg.GoalCode;
import java.util.Objects;
import java.util.Optional;

/**
 * A goal on a dashboard: the aggregated score (0–100), and the colour by the two-worst rule with the continuous
 * position it came from.
 *
 * @param goal the goal
 * @param score the goal score, or empty when no indicator has a value
 * @param twoWorstPosition the mean band position of the two worst rated indicators, or empty
 * @param rating the goal colour
 * @param indicatorsWithData how many indicators had a value
 * @param indicatorsTotal how many indicators the goal has in the configuration
 */
public record GoalScore(GoalCode goal, Optional<Double> score, Optional<Double> twoWorstPosition, Rating rating,
    int indicatorsWithData, int indicatorsTotal) {
  /** Checks for nulls. */
  public GoalScore {
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(twoWorstPosition, "twoWorstPosition");
    Objects.requireNonNull(rating, "rating");
  }
}
