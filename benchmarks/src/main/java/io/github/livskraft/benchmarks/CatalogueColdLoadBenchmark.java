package io.github.livskraft.benchmarks;

import io.github.livskraft.sdg.SdgCatalogue;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading the bundled catalogue (7 files: 17 goals, 169 targets, 251 indicator rows, search indexes for three
 * languages). {@code firstLoadInFreshJvm}: each fork is a new JVM and the only measured call parses the
 * resources with cold classes and an unwarmed JIT — what an application pays on its first catalogue use.
 * {@code loadBundledWarm} (average) and {@code loadBundledSingleShot} (one parse per iteration): the same parse
 * after warm-up. Goal: under 50 ms.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class CatalogueColdLoadBenchmark {
  /** A fresh parse, JIT warmed up. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 2, time = 1)
  @Measurement(iterations = 3, time = 1)
  @Fork(1)
  public SdgCatalogue loadBundledWarm() {
    return SdgCatalogue.loadBundled();
  }

  /** One fresh parse per measured iteration (single shot), after a few warm-up parses. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 5)
  @Measurement(iterations = 30)
  @Fork(1)
  public SdgCatalogue loadBundledSingleShot() {
    return SdgCatalogue.loadBundled();
  }

  /** First load in a fresh JVM. */
  @Benchmark
  public SdgCatalogue firstLoadInFreshJvm() {
    return SdgCatalogue.loadBundled();
  }
}
