package io.github.livskraft.indicators.progress;

import io.github.livskraft.indicators.Direction;
import io.github.livskraft.indicators.IndicatorArgumentException;
import io.github.livskraft.indicators.IndicatorErrorCode;
import io.github.livskraft.indicators.series.Observation;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.sdg.LocalizedText;
import io.github.livskraft.sdg.MessageFragment;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * SDSN trend arrows: the linear annual growth required to move from the base-period level (2015) to the green
 * threshold by the target period (2030) is compared with the observed average annual growth since the base period.
 *
 * <table>
 *   <caption>Rules</caption>
 *   <tr><th>arrow</th><th>rule</th></tr>
 *   <tr><td>↑</td><td>observed ≥ required, or the latest value is at or beyond the green threshold</td></tr>
 *   <tr><td>➚</td><td>50 % of required ≤ observed &lt; required</td></tr>
 *   <tr><td>→</td><td>0 ≤ observed &lt; 50 % of required</td></tr>
 *   <tr><td>↓</td><td>observed &lt; 0</td></tr>
 *   <tr><td>•</td><td>no trend data (fewer than two values, less than a year apart)</td></tr>
 * </table>
 *
 * <p>Growth is direction-adjusted (positive = towards the threshold). A goal-level arrow is not computed: SDSN's
 * combining formula is in the method paper and has not been verified for Livskraft. Stateless and thread-safe.
 */
public final class TrendCalculator {
  private static final TrendCalculator SDSN = new TrendCalculator();

  private TrendCalculator() {}

  /** The SDSN trend-arrow calculator. */
  public static TrendCalculator sdsn() {
    return SDSN;
  }

  /**
   * The arrow for base and latest values.
   *
   * @param direction higher or lower is better ({@code TARGET_BAND} gives {@code NO_DATA})
   * @param basePeriod base period (SDSN: 2015)
   * @param baseValue base value
   * @param latestPeriod latest period
   * @param latestValue latest value
   * @param greenThreshold the value at which the SDG counts as achieved
   * @param targetPeriod the period by which the threshold should be reached (SDSN: 2030)
   * @return the assessment
   */
  public TrendAssessment assess(Direction direction, Period basePeriod, double baseValue, Period latestPeriod,
      double latestValue, double greenThreshold, Period targetPeriod) {
    Objects.requireNonNull(direction, "direction");
    if (direction == Direction.TARGET_BAND) {
      return noData(reason("direction"));
    }
    double years = latestPeriod.yearsSince(basePeriod);
    if (!(years >= 1) || !Double.isFinite(baseValue) || !Double.isFinite(latestValue)) {
      return noData(reason("two-values"));
    }
    int d = direction.sign();
    double observed = d * (latestValue - baseValue) / years;
    if (d * (latestValue - greenThreshold) >= 0) {
      return new TrendAssessment(TrendArrow.ON_TRACK, Optional.of(observed), Optional.empty(), Optional.empty(),
          reason("at-threshold"));
    }
    double horizon = targetPeriod.yearsSince(basePeriod);
    if (!(horizon > 0)) {
      return noData(reason("target-after-base"));
    }
    double required = d * (greenThreshold - baseValue) / horizon;
    if (observed < 0) {
      return new TrendAssessment(TrendArrow.DECREASING, Optional.of(observed), Optional.of(required),
          required > 0 ? Optional.of(observed / required) : Optional.empty(), reason("moving-away"));
    }
    if (!(required > 0)) {
      // base was at/beyond the threshold and the latest value fell below it, without a negative trend: stagnating
      return new TrendAssessment(TrendArrow.STAGNATING, Optional.of(observed), Optional.of(required),
          Optional.empty(), reason("fell-below"));
    }
    double ratio = observed / required;
    TrendArrow arrow = ratio >= 1 ? TrendArrow.ON_TRACK
        : ratio >= 0.5 ? TrendArrow.MODERATELY_IMPROVING : TrendArrow.STAGNATING;
    return new TrendAssessment(arrow, Optional.of(observed), Optional.of(required), Optional.of(ratio),
        reason("ratio", ratio));
  }

  /**
   * The arrow for a series (latest value against the first value at or after the base period).
   *
   * @param series the series
   * @param direction the direction
   * @param basePeriod base period (SDSN: 2015)
   * @param greenThreshold the green threshold
   * @param targetPeriod target period (SDSN: 2030)
   * @return the assessment
   */
  public TrendAssessment assess(TimeSeries series, Direction direction, Period basePeriod, double greenThreshold,
      Period targetPeriod) {
    Optional<Observation> latest = series.latestWithValue();
    Optional<Observation> base = series.firstWithValueFrom(basePeriod);
    if (latest.isEmpty() || base.isEmpty() || base.get().period().equals(latest.get().period())) {
      return noData(reason("fewer-than-two", basePeriod));
    }
    return assess(direction, base.get().period(), base.get().getValue(), latest.get().period(),
        latest.get().getValue(), greenThreshold, targetPeriod);
  }

  /**
   * A goal-level arrow from the arrows of the goal's indicators. Each indicator arrow is placed at the middle of its
   * band on the 0–4 scale SDSN uses for colours (↓ 0.5, → 1.5, ➚ 2.5, ↑ 3.5); the goal arrow is the band of their
   * weighted mean (&lt;1 ↓, &lt;2 →, &lt;3 ➚, ≥3 ↑). A goal with trend data for fewer than half of its indicators
   * gets • (no trend data), as a goal with too few values is grey on the dashboard. This is Livskraft's reading of
   * "indicator trends are aggregated at the goal level" (SDSN, Sustainable Development Report methods summary); the
   * SDSN spreadsheets that compute the published goal arrows are not public, so it is not verified against them.
   *
   * @param arrows the indicator arrows of one goal (NO_DATA for an indicator without trend data)
   * @param weights the indicator weights in the same order (SDSN: 1, 0.5, 1/3, 0)
   * @return the goal arrow
   */
  public TrendArrow goalArrow(java.util.List<TrendArrow> arrows, double[] weights) {
    Objects.requireNonNull(arrows, "arrows");
    Objects.requireNonNull(weights, "weights");
    if (weights.length != arrows.size()) {
      throw IndicatorArgumentException.of(IndicatorErrorCode.CALCULATION, "weights-arrows", arrows.size(),
          weights.length);
    }
    int withData = 0;
    double sum = 0;
    double sw = 0;
    for (int i = 0; i < arrows.size(); i++) {
      TrendArrow a = Objects.requireNonNull(arrows.get(i), "arrow");
      if (a == TrendArrow.NO_DATA) {
        continue;
      }
      withData++;
      double w = weights[i];
      sum += w * switch (a) {
        case DECREASING -> 0.5;
        case STAGNATING -> 1.5;
        case MODERATELY_IMPROVING -> 2.5;
        default -> 3.5;
      };
      sw += w;
    }
    if (arrows.isEmpty() || 2 * withData < arrows.size() || sw == 0) {
      return TrendArrow.NO_DATA;
    }
    double mean = sum / sw;
    return mean < 1 ? TrendArrow.DECREASING : mean < 2 ? TrendArrow.STAGNATING
        : mean < 3 ? TrendArrow.MODERATELY_IMPROVING : TrendArrow.ON_TRACK;
  }

  /**
   * {@link #goalArrow(java.util.List, double[])} with all weights 1.
   *
   * @param arrows the indicator arrows of one goal
   * @return the goal arrow
   */
  public TrendArrow goalArrow(java.util.List<TrendArrow> arrows) {
    double[] w = new double[arrows.size()];
    Arrays.fill(w, 1);
    return goalArrow(arrows, w);
  }

  /** An explanation: {@code text.trend.<key>} of the indicators bundle. */
  private static LocalizedText reason(String key, Object... args) {
    return MessageFragment.of(IndicatorErrorCode.GENERAL, "text.trend." + key, args).toLocalizedText();
  }

  private static TrendAssessment noData(LocalizedText reason) {
    return new TrendAssessment(TrendArrow.NO_DATA, Optional.empty(), Optional.empty(), Optional.empty(), reason);
  }
}
