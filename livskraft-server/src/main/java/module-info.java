/**
 * Livskraft over HTTP: the SDG catalogue, text tagging, plan validation and coverage, indicator computation and the
 * report as a JSON API (OpenAPI 3.1, RFC 9457 problems, limits, health, Prometheus metrics) with one web page.
 * Started by {@code livskraft serve}; embeddable through {@link io.github.livskraft.server.LivskraftServer}.
 */
module io.github.livskraft.server {
  requires transitive io.github.livskraft.sdg;
  requires io.github.livskraft.tagger;
  requires io.github.livskraft.indicators;
  requires io.github.livskraft.plan;
  requires io.github.livskraft.report;
  requires io.github.livskraft.casework;
  requires io.javalin;
  requires micrometer.core;
  requires micrometer.registry.prometheus;
  requires org.slf4j;
  requires com.fasterxml.jackson.databind;
  requires static org.jspecify;

  exports io.github.livskraft.server;
}
