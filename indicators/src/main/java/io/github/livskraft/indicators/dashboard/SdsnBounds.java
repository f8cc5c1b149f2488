package io.github.livskraft.indicators.dashboard;

import io.github.livskraft.indicators.Direction;
import io.github.livskraft.indicators.IndicatorErrorCode;
import io.github.livskraft.indicators.IndicatorException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Normalisation bounds computed from a distribution the way SDSN does (Lafortune et al. 2018, <i>SDG Index and
 * Dashboards – Detailed Methodological paper</i>; Sustainable Development Report methods summary): the best bound
 * is the average of the five best performers (decision-tree step 4, used when no absolute or science-based target
 * applies), the worst bound the 2.5th percentile of the distribution (the 97.5th for lower-is-better), which trims
 * outliers. Each bound carries its reason, as SDSN's data stores {@code longTermObjectiveReason} and
 * {@code lowerBoundReason}. Percentiles interpolate linearly between order statistics (Excel {@code PERCENTILE.INC},
 * R type 7).
 *
 * <p>Normaliseringsgrenser beregnet fra fordelingen slik SDSN gjør: beste grense = snittet av de fem beste, dårligste
 * grense = 2,5-persentilen. Stateless.
 */
public final class SdsnBounds {
  /** How many top performers SDSN averages for the best bound. */
  public static final int TOP_PERFORMERS = 5;
  /** The percentile SDSN uses for the worst bound. */
  public static final double WORST_PERCENTILE = 2.5;

  private SdsnBounds() {}

  /**
   * Bounds from the values of all units (e.g. the 357 municipalities in the latest year).
   *
   * @param values the values; NaN values are left out
   * @param direction higher or lower is better
   * @return a linear normalisation whose reasons say how each bound was found and from how many values
   * @throws IndicatorException {@code IND-0008} with fewer than two values, for a target band, or when both bounds
   *     are equal
   */
  public static Normalisation.Linear fromDistribution(double[] values, Direction direction) {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(direction, "direction");
    if (direction == Direction.TARGET_BAND) {
      throw new IndicatorException(IndicatorErrorCode.SCORING_CONFIG, IndicatorErrorCode.SCORING_CONFIG.fragment("distribution-direction"), null);
    }
    double[] v = Arrays.stream(values).filter(d -> !Double.isNaN(d)).sorted().toArray();
    if (v.length < 2) {
      throw new IndicatorException(IndicatorErrorCode.SCORING_CONFIG, IndicatorErrorCode.SCORING_CONFIG.fragment("distribution-size", v.length), null);
    }
    boolean higher = direction == Direction.HIGHER_IS_BETTER;
    int k = Math.min(TOP_PERFORMERS, v.length);
    double sum = 0;
    for (int i = 0; i < k; i++) {
      sum += higher ? v[v.length - 1 - i] : v[i];
    }
    double best = sum / k;
    double worst = percentile(v, higher ? WORST_PERCENTILE : 100 - WORST_PERCENTILE);
    if (best == worst) {
      throw new IndicatorException(IndicatorErrorCode.SCORING_CONFIG, IndicatorErrorCode.SCORING_CONFIG.fragment("distribution-spread", best), null);
    }
    String bestWhy = String.format(Locale.ROOT, "average of the top %d of %d values (SDSN: average of the top 5"
        + " performers)%s", k, v.length, k < TOP_PERFORMERS ? "; fewer than 5 values, so all were averaged" : "");
    String worstWhy = String.format(Locale.ROOT, "%s percentile of %d values (SDSN: 2.5th percentile, trims outliers;"
        + " linear interpolation)", higher ? "2.5th" : "97.5th", v.length);
    return new Normalisation.Linear(worst, best, java.util.Optional.of(worstWhy), java.util.Optional.of(bestWhy));
  }

  /**
   * The p-th percentile of sorted values by linear interpolation between order statistics (R type 7, Excel
   * {@code PERCENTILE.INC}): h = (n − 1)·p/100, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]).
   *
   * @param sorted values sorted ascending (non-empty)
   * @param p the percentile in [0, 100]
   * @return the percentile
   */
  public static double percentile(double[] sorted, double p) {
    if (sorted.length == 0 || !(p >= 0 && p <= 100)) {
      throw io.github.livskraft.indicators.IndicatorArgumentException.of(io.github.livskraft.indicators.IndicatorErrorCode.SCORING_CONFIG, "percentile",
          sorted.length, p);
    }
    double h = (sorted.length - 1) * p / 100;
    int lo = (int) Math.floor(h);
    if (lo >= sorted.length - 1) {
      return sorted[sorted.length - 1];
    }
    return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
  }
}
