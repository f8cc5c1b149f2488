package io.github.livskraft.indicators.dashboard;

import io.github.livskraft.indicators.Direction;
import io.github.livskraft.indicators.IndicatorErrorCode;
import io.github.livskraft.indicators.IndicatorException;
import java.util.Objects;
import java.util.Optional;

/**
 * Rescaling of an indicator value to a 0–100 score (SDSN): {@code 100 · (x − worst) / (best − worst)}, capped at 100
 * beyond the optimum and floored at 0 beyond the lower bound. A score reads as "percentage of the way to the
 * optimum". Each bound may carry its written justification.
 *
 * <pre>{@code
 * Normalisation n = Normalisation.sdsn(0, 100, Direction.HIGHER_IS_BETTER);   // share in %, optimum 100
 * n.score(85.0);   // 85.0
 * }</pre>
 */
public sealed interface Normalisation permits Normalisation.Linear, Normalisation.Band {

  /**
   * The score of a value.
   *
   * @param value the value
   * @return the score in [0, 100], or NaN if the value is NaN
   */
  double score(double value);

  /**
   * SDSN bounds: a lower bound (the worst end, e.g. the 2.5th percentile) and an optimum, oriented by direction.
   * For higher-is-better the lower bound is below the optimum; for lower-is-better it is above.
   *
   * @param lowerBound the worst value considered (SDSN "lower bound")
   * @param optimum the optimum (SDSN "upper bound")
   * @param direction higher or lower is better
   * @return the normalisation
   * @throws IndicatorException {@code IND-0008} if the bounds contradict the direction or are equal
   */
  static Linear sdsn(double lowerBound, double optimum, Direction direction) {
    if (direction == Direction.TARGET_BAND) {
      throw new IndicatorException(IndicatorErrorCode.SCORING_CONFIG, IndicatorErrorCode.SCORING_CONFIG.fragment("use-band"), null);
    }
    if (direction == Direction.HIGHER_IS_BETTER && !(optimum > lowerBound)
        || direction == Direction.LOWER_IS_BETTER && !(optimum < lowerBound)) {
      throw new IndicatorException(IndicatorErrorCode.SCORING_CONFIG, IndicatorErrorCode.SCORING_CONFIG.fragment("bounds-direction", lowerBound, optimum, direction), null);
    }
    return new Linear(lowerBound, optimum, Optional.empty(), Optional.empty());
  }

  /**
   * A target band: 100 between {@code bestLow} and {@code bestHigh}, falling linearly to 0 at {@code worstLow} and
   * {@code worstHigh}.
   *
   * @param worstLow the low value scoring 0
   * @param bestLow the low end of the band
   * @param bestHigh the high end of the band
   * @param worstHigh the high value scoring 0
   * @return the normalisation
   */
  static Band band(double worstLow, double bestLow, double bestHigh, double worstHigh) {
    return new Band(worstLow, bestLow, bestHigh, worstHigh);
  }

  /**
   * Linear rescaling between a worst and a best value (either order).
   *
   * @param worst the value scoring 0
   * @param best the value scoring 100
   * @param worstReason the justification of the worst bound, if given
   * @param bestReason the justification of the optimum, if given
   */
  record Linear(double worst, double best, Optional<String> worstReason, Optional<String> bestReason)
      implements Normalisation {
    /** Validates: finite and distinct. */
    public Linear {
      Objects.requireNonNull(worstReason, "worstReason");
      Objects.requireNonNull(bestReason, "bestReason");
      if (!Double.isFinite(worst) || !Double.isFinite(best) || worst == best) {
        throw new IndicatorException(IndicatorErrorCode.SCORING_CONFIG, IndicatorErrorCode.SCORING_CONFIG.fragment("bounds-equal", worst, best), null);
      }
    }

    /**
     * With written justifications for the bounds.
     *
     * @param worstWhy why the lower bound
     * @param bestWhy why the optimum
     * @return the normalisation
     */
    public Linear withReasons(String worstWhy, String bestWhy) {
      return new Linear(worst, best, Optional.of(worstWhy), Optional.of(bestWhy));
    }

    /** The direction implied by the bounds. */
    public Direction direction() {
      return best > worst ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
    }

    @Override
    public double score(double value) {
      if (Double.isNaN(value)) {
        return Double.NaN;
      }
      double s = 100 * (value - worst) / (best - worst);
      return Math.max(0, Math.min(100, s));
    }
  }

  /**
   * A target band.
   *
   * @param worstLow low value scoring 0
   * @param bestLow low end of the band (score 100)
   * @param bestHigh high end of the band (score 100)
   * @param worstHigh high value scoring 0
   */
  record Band(double worstLow, double bestLow, double bestHigh, double worstHigh) implements Normalisation {
    /** Validates worstLow &lt; bestLow ≤ bestHigh &lt; worstHigh. */
    public Band {
      if (!(worstLow < bestLow && bestLow <= bestHigh && bestHigh < worstHigh)) {
        throw new IndicatorException(IndicatorErrorCode.SCORING_CONFIG, IndicatorErrorCode.SCORING_CONFIG.fragment("band-order", worstLow, bestLow, bestHigh, worstHigh), null);
      }
    }

    @Override
    public double score(double value) {
      if (Double.isNaN(value)) {
        return Double.NaN;
      }
      if (value < bestLow) {
        return Math.max(0, 100 * (value - worstLow) / (bestLow - worstLow));
      }
      if (value > bestHigh) {
        return Math.max(0, 100 * (worstHigh - value) / (worstHigh - bestHigh));
      }
      return 100;
    }
  }
}
