package io.github.livskraft.indicators.progress;

/** How several series' progress scores combine into one (Open SDG uses the mean; an older implementation used min). */
public enum ScoreAggregation {
  /** Arithmetic mean of the scores (Open SDG). */
  MEAN,
  /** The lowest score (the weakest series decides). */
  MIN
}
