package io.github.livskraft.report;

import io.github.livskraft.report.ReportModel.Point;
import io.github.livskraft.report.ReportModel.StatusView;
import io.github.livskraft.report.ReportModel.TargetView;
import java.util.NavigableMap;
import java.util.Optional;

/** Computes the progress status of a series from its baseline (with or without a target). */
interface ProgressAssessor {
  /**
   * Assesses progress.
   *
   * @param spec the indicator (direction, natural limit)
   * @param series year → value
   * @param baseline the baseline point (in the series)
   * @param target the target, if a plan sets one
   * @return the status, or empty when none can be computed (e.g. a context figure or too few years)
   */
  Optional<StatusView> assess(IndicatorSpec spec, NavigableMap<Integer, Double> series, Point baseline,
      Optional<TargetView> target);
}
