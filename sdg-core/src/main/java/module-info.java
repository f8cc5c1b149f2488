/**
 * Livskraft SDG catalogue: the 17 goals, 169 targets and 234 unique indicators of the UN global indicator
 * framework, in English, bokmål and nynorsk where known.
 */
module io.github.livskraft.sdg {
  requires static org.jspecify;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.csv;

  exports io.github.livskraft.sdg;
  exports io.github.livskraft.sdg.internal.io to io.github.livskraft.jsonstat, io.github.livskraft.kostra,
      io.github.livskraft.plan, io.github.livskraft.casework, io.github.livskraft.report, io.github.livskraft.cli;
  exports io.github.livskraft.sdg.internal.output to io.github.livskraft.jsonstat, io.github.livskraft.indicators, io.github.livskraft.plan,
      io.github.livskraft.kostra, io.github.livskraft.report, io.github.livskraft.cli;
  exports io.github.livskraft.sdg.internal.text to io.github.livskraft.plan, io.github.livskraft.cli;
}
