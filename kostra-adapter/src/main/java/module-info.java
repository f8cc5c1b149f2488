/** Livskraft KOSTRA adapter: Statistics Norway's PxWebApi v1/v2, JSON-stat 2.0 and KLASS municipality codes. */
module io.github.livskraft.kostra {
  requires transitive io.github.livskraft.sdg;
  requires transitive io.github.livskraft.indicators;
  requires static org.jspecify;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires java.net.http;

  exports io.github.livskraft.kostra;
  exports io.github.livskraft.kostra.jsonstat;
  exports io.github.livskraft.kostra.pxweb;
  exports io.github.livskraft.kostra.klass;
}
