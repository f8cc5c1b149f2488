package io.github.livskraft.indicators.progress;

/** Which variant of the Open SDG method was used. */
public enum ProgressMethod {
  /** Method 2: a numeric target; R = observed CAGR ÷ |required CAGR|. */
  WITH_TARGET,
  /** Method 1: no target; the observed CAGR itself, thresholds scaled by C near a natural limit. */
  WITHOUT_TARGET
}
