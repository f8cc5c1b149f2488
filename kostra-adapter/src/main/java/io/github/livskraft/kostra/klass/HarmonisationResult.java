package io.github.livskraft.kostra.klass;

import java.util.List;

/**
 * The outcome of {@link SeriesHarmoniser#harmonise}: the series on the target codes and every issue.
 *
 * @param series the harmonised series (plus, under policy REPORT, the ones kept under their own code)
 * @param issues mergers, splits, unknown codes and conflicts, with what was done
 */
public record HarmonisationResult(List<HarmonisedSeries> series, List<HarmonisationIssue> issues) {
  /** Copies. */
  public HarmonisationResult {
    series = List.copyOf(series);
    issues = List.copyOf(issues);
  }
}
