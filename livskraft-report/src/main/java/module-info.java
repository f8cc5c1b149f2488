/**
 * Livskraft report: the SDG report of a region's plans as a library — an immutable {@code Report} built from
 * plans, the text tagger and real bundled statistics, rendered as HTML, JSON and CSV in bokmål, nynorsk and English.
 */
module io.github.livskraft.report {
  requires transitive io.github.livskraft.sdg;
  requires transitive io.github.livskraft.municipalities;
  requires transitive io.github.livskraft.indicators;
  requires transitive io.github.livskraft.plan;
  requires transitive io.github.livskraft.tagger;
  requires io.github.livskraft.kostra;
  requires static org.jspecify;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;

  exports io.github.livskraft.report;
}
