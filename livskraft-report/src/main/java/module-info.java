/**
 * Livskraft report: the SDG report for a region or a set of municipalities (plans, coverage, coherence findings,
 * tagger suggestions, indicator charts with progress), rendered as self-contained HTML, JSON and tidy CSV.
 */
module io.github.livskraft.report {
  requires transitive io.github.livskraft.plan;
  requires transitive io.github.livskraft.kostra;
  requires static org.jspecify;
  requires com.fasterxml.jackson.databind;

  exports io.github.livskraft.report;
  exports io.github.livskraft.report.internal to io.github.livskraft.cli;
}
