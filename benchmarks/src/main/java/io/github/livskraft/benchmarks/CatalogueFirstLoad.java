package io.github.livskraft.benchmarks;

import io.github.livskraft.sdg.SdgCatalogue;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The bundled catalogue's first load in a fresh JVM, as a plain program for {@code benchmarks/cli-startup.sh}:
 * prints the milliseconds {@link SdgCatalogue#bundled()} takes as the first thing the program does (one number,
 * nothing else). Run it many times, one JVM each; JMH's {@code CatalogueColdLoadBenchmark.firstLoadInFreshJvm}
 * measures the same with forks.
 */
public final class CatalogueFirstLoad {
  private CatalogueFirstLoad() {}

  /**
   * Loads the catalogue once and prints the time.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    long start = System.nanoTime();
    SdgCatalogue catalogue = SdgCatalogue.bundled();
    long nanos = System.nanoTime() - start;
    if (catalogue.goals().size() != 17) {
      throw new IllegalStateException("expected 17 goals, got " + catalogue.goals().size());
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.printf(java.util.Locale.ROOT, "%.1f%n", nanos / 1e6);
  }
}
