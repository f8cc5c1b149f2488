package io.github.livskraft.benchmarks;

import io.github.livskraft.sdg.TargetCode;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Parsing of SDG target codes (canonical and lenient). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class CodeParsingBenchmark {
  /** Canonical parse. */
  @Benchmark
  public TargetCode parseCanonical() {
    return TargetCode.parse("17.10");
  }

  /** Lenient parse. */
  @Benchmark
  public TargetCode parseLenient() {
    return TargetCode.parseLenient("SDG 11-06");
  }
}
