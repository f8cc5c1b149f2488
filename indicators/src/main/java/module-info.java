/** Livskraft indicators: definitions, status-aware series and calculators, progress to target, dashboards. */
module io.github.livskraft.indicators {
  requires transitive io.github.livskraft.sdg;
  requires transitive io.github.livskraft.municipalities;
  requires static org.jspecify;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;

  exports io.github.livskraft.indicators;
  exports io.github.livskraft.indicators.series;
  exports io.github.livskraft.indicators.calc;
  exports io.github.livskraft.indicators.progress;
  exports io.github.livskraft.indicators.dashboard;
  exports io.github.livskraft.indicators.io;
}
