/**
 * Livskraft JSON-stat: a streaming JSON-stat 2.0 reader and writer (datasets, collections, dimensions) into a
 * compact cube, with strict, located errors and limits checked before allocation. Knows nothing of SSB.
 */
module io.github.livskraft.jsonstat {
  requires transitive io.github.livskraft.sdg;
  requires static org.jspecify;
  requires com.fasterxml.jackson.core;

  exports io.github.livskraft.jsonstat;
}
