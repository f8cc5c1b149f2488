package io.github.livskraft.indicators.progress;

import io.github.livskraft.sdg.LocalizedText;
import java.util.Objects;
import java.util.Optional;

/**
 * An SDSN trend arrow with the numbers behind it.
 *
 * @param arrow the arrow
 * @param observedGrowth observed linear annual change since the base period (direction-adjusted: positive = better)
 * @param requiredGrowth linear annual change required to reach the green threshold by the target period
 *     (direction-adjusted)
 * @param ratio observed ÷ required, when defined
 * @param reason a short explanation in English, bokmål and nynorsk (keys {@code text.trend.*} of the indicators
 *     bundle)
 */
public record TrendAssessment(TrendArrow arrow, Optional<Double> observedGrowth, Optional<Double> requiredGrowth,
    Optional<Double> ratio, LocalizedText reason) {
  /** Checks for nulls. */
  public TrendAssessment {
    Objects.requireNonNull(arrow, "arrow");
    Objects.requireNonNull(observedGrowth, "observedGrowth");
    Objects.requireNonNull(requiredGrowth, "requiredGrowth");
    Objects.requireNonNull(ratio, "ratio");
    Objects.requireNonNull(reason, "reason");
  }
}
