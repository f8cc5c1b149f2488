package io.github.livskraft.benchmarks;

import io.github.livskraft.tagger.SdgTagger;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Parsing and compiling all bundled rule sets (the one-off cost of {@code SdgTagger.builder().addBundled()}). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class TaggingRuleLoadBenchmark {
  /** Builds a tagger from the bundled rule files. */
  @Benchmark
  public SdgTagger loadBundledRules() {
    return SdgTagger.builder().addBundled().build();
  }
}
