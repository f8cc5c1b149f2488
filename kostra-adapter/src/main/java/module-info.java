/** Livskraft KOSTRA adapter: Statistics Norway's PxWebApi v1/v2 (read with the jsonstat module) and KLASS municipality codes. */
module io.github.livskraft.kostra {
  requires transitive io.github.livskraft.sdg;
  requires transitive io.github.livskraft.indicators;
  requires transitive io.github.livskraft.jsonstat;
  requires static org.jspecify;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires java.net.http;

  exports io.github.livskraft.kostra;
  exports io.github.livskraft.kostra.pxweb;
  exports io.github.livskraft.kostra.klass;
}
