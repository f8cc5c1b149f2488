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
}
