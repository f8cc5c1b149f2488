package io.github.livskraft.indicators.progress;

import java.util.Objects;
import java.util.Optional;

/**
 * The combined progress of several series or indicators (e.g. of one goal or plan target).
 *
 * @param status the status: target achieved only if every assessed part achieved its target, else from the score
 * @param score the combined score in [−5, 5], or empty when nothing could be assessed
 * @param assessed how many parts had a score
 * @param total how many parts there were
 */
public record ProgressSummary(ProgressStatus status, Optional<Double> score, int assessed, int total) {
  /** Checks for nulls. */
  public ProgressSummary {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(score, "score");
  }

  /**
   * One assessed series as a part of a larger summary (see {@link ProgressCalculator#aggregateGroups}).
   *
   * @param assessment the series' assessment
   * @return its status and score, 1 of 1 assessed when it has a score, else 0 of 1
   */
  public static ProgressSummary of(ProgressAssessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    return new ProgressSummary(assessment.status(), assessment.score(), assessment.score().isPresent() ? 1 : 0, 1);
  }

  /** Whether the summary has a score and every assessed part achieved its target. */
  boolean targetAchieved() {
    return status == ProgressStatus.TARGET_ACHIEVED;
  }
}
