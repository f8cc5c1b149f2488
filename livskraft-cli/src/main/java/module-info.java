/** The livskraft command line. */
module io.github.livskraft.cli {
  requires io.github.livskraft.sdg;
  requires io.github.livskraft.indicators;
  requires io.github.livskraft.plan;
  requires io.github.livskraft.kostra;
  requires io.github.livskraft.report;
  requires io.github.livskraft.casework;
  requires io.github.livskraft.server;
  requires info.picocli;
  requires java.logging;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires java.sql;
  requires static org.jspecify;

  opens io.github.livskraft.cli to info.picocli;
}
