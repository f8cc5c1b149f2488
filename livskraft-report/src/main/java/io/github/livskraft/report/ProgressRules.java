package io.github.livskraft.report;

import io.github.livskraft.report.Report.Baseline;
import io.github.livskraft.indicators.calc.RegionalAggregator;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * The report's rules that keep a progress label from contradicting its own numbers (stated in the report's
 * legend, label {@code progress.rules}):
 * <ul>
 *   <li><b>base period</b>: the baseline is the median of the years with figures among the base year (2015, or the
 *       first year after) and the two years after it, so one unusual year does not decide the status;</li>
 *   <li><b>length</b>: the latest year lies at least {@value #MIN_YEARS} years after the middle of the base
 *       period;</li>
 *   <li><b>minimum count</b>: for counts and sums (regional rule {@code sum}) baseline and latest value are at
 *       least {@value #MIN_COUNT}, so that three cases becoming twelve is not shown as +300 %;</li>
 *   <li><b>no clear change</b>: without a target, an annual change of less than ±{@value #FLAT_ANNUAL} (0.5 %) is
 *       "no clear change" — never "deterioration" next to +0.0 %.</li>
 * </ul>
 */
final class ProgressRules {
  static final int BASE_YEAR = 2015;
  static final int BASE_PERIOD_YEARS = 3;
  static final int MIN_YEARS = 3;
  static final int MIN_COUNT = 20;
  static final double FLAT_ANNUAL = 0.005;
  static final String FLAT_PERCENT_TEXT_NB = "0,5";
  static final String FLAT_PERCENT_TEXT_EN = "0.5";

  private ProgressRules() {}

  /**
   * The base period of a series: the median over the years with a figure in [B, B+2], B = the base year or the
   * first year after it with a figure (the first year if all are earlier).
   *
   * @param series year → value
   * @return the baseline, or empty for an empty series
   */
  static Optional<Baseline> baseline(NavigableMap<Integer, Double> series) {
    if (series.isEmpty()) {
      return Optional.empty();
    }
    Integer from = series.ceilingKey(BASE_YEAR);
    if (from == null) {
      from = series.firstKey();
    }
    // the base period may not run into the last MIN_YEARS years: those are what it is compared with
    int last = Math.max(from, Math.min(from + BASE_PERIOD_YEARS - 1, series.lastKey() - MIN_YEARS - 1));
    NavigableMap<Integer, Double> period = series.subMap(from, true, last, true);
    double[] values = period.values().stream().mapToDouble(Double::doubleValue).toArray();
    return Optional.of(new Baseline(from, period.lastKey(), RegionalAggregator.median(values)));
  }
}
