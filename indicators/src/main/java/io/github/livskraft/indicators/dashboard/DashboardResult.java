package io.github.livskraft.indicators.dashboard;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A dashboard for one region and period: indicator scores, goal scores and the overall index.
 *
 * @param indicators the indicator scores, in configuration order
 * @param goals the goal scores, in goal order
 * @param index the overall index (aggregate of goal scores), or empty if more than the allowed share of
 *     indicators is missing
 * @param missingShare the share of configured indicators without a value
 */
public record DashboardResult(List<IndicatorScore> indicators, List<GoalScore> goals, Optional<Double> index,
    double missingShare) {
  /** Copies the lists. */
  public DashboardResult {
    indicators = List.copyOf(Objects.requireNonNull(indicators, "indicators"));
    goals = List.copyOf(Objects.requireNonNull(goals, "goals"));
    Objects.requireNonNull(index, "index");
  }
}
