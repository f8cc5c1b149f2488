package io.github.livskraft.report;

import io.github.livskraft.report.Report.StatusView;
import io.github.livskraft.report.Report.TargetView;
import java.util.NavigableMap;
import java.util.Optional;

/** Computes the progress status of a series (with or without a target). */
interface ProgressAssessor {
  /**
   * Assesses progress from the series' base period ({@link ProgressRules#baseline}) to its latest year.
   *
   * @param spec the indicator (direction, natural limit, aggregation)
   * @param series year → value
   * @param target the target, if a plan sets one
   * @return the status, or empty when none applies (a context figure, an empty series)
   */
  Optional<StatusView> assess(IndicatorSpec spec, NavigableMap<Integer, Double> series, Optional<TargetView> target);
}
