package io.github.livskraft.indicators.io;

import io.github.livskraft.indicators.dashboard.IndicatorScore;
import io.github.livskraft.indicators.progress.ProgressAssessment;
import io.github.livskraft.indicators.progress.TrendAssessment;
import io.github.livskraft.indicators.series.Observation;
import io.github.livskraft.indicators.series.TimeSeries;
import java.util.Objects;
import java.util.Optional;

/**
 * The result for one indicator and one region: its series (values with status), and where computed its progress
 * assessment, SDSN trend arrow and dashboard score. Written by {@link ResultsWriter} as JSON or tidy CSV.
 *
 * @param indicatorId the indicator id
 * @param series the indicator series for the region
 * @param progress the progress assessment, if computed
 * @param trend the trend arrow, if computed
 * @param score the dashboard score and colour of the latest value, if computed
 */
public record IndicatorResult(String indicatorId, TimeSeries series, Optional<ProgressAssessment> progress,
    Optional<TrendAssessment> trend, Optional<IndicatorScore> score) {
  /** Checks for nulls. */
  public IndicatorResult {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(trend, "trend");
    Objects.requireNonNull(score, "score");
  }

  /**
   * A result with only values.
   *
   * @param series the series (its variable is the indicator id)
   * @return the result
   */
  public static IndicatorResult of(TimeSeries series) {
    return new IndicatorResult(series.variable(), series, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** The latest observation with a value, if any. */
  public Optional<Observation> latest() {
    return series.latestWithValue();
  }
}
