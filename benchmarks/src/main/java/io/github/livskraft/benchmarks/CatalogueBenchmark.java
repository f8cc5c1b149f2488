package io.github.livskraft.benchmarks;

import io.github.livskraft.sdg.Goal;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Indicator;
import io.github.livskraft.sdg.IndicatorCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.SdgCatalogue;
import io.github.livskraft.sdg.SearchHit;
import io.github.livskraft.sdg.Target;
import io.github.livskraft.sdg.TargetCode;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Lookups in the SDG catalogue. Goal: lookups by code O(1), i.e. the same time for the first, a middle and the
 * last code. Loading is measured by {@link CatalogueColdLoadBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class CatalogueBenchmark {
  /** A target and an indicator at the start, in the middle and at the end of the lists. */
  @Param({"1.1:1.1.1", "11.6:11.6.2", "17.19:17.19.2"})
  public String codes;

  private SdgCatalogue catalogue;
  private GoalCode goal;
  private TargetCode target;
  private IndicatorCode indicator;
  private String targetText;

  /** Loads the default catalogue once. */
  @Setup
  public void setUp() {
    catalogue = SdgCatalogue.bundled();
    String[] parts = codes.split(":");
    targetText = parts[0];
    target = TargetCode.parse(parts[0]);
    goal = target.goal();
    indicator = IndicatorCode.parse(parts[1]);
  }

  /** Goal by code. */
  @Benchmark
  public Goal getGoal() {
    return catalogue.getGoal(goal);
  }

  /** Target by typed code. */
  @Benchmark
  public Target getTarget() {
    return catalogue.getTarget(target);
  }

  /** Target by text (parse + lookup). */
  @Benchmark
  public Target getTargetByString() {
    return catalogue.getTarget(targetText);
  }

  /** Indicator by listing code (repeats resolve to one indicator). */
  @Benchmark
  public Indicator getIndicator() {
    return catalogue.getIndicator(indicator);
  }

  /** Children of a target. */
  @Benchmark
  public List<Indicator> indicatorsOf() {
    return catalogue.indicatorsOf(target);
  }

  /** Ranked bokmål search over all 420 entries (prefix and compound matching). */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public List<SearchHit> searchKlimaNb() {
    return catalogue.search("klima", Language.NB);
  }

  /** Ranked two-word English search. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public List<SearchHit> searchWasteWaterEn() {
    return catalogue.search("waste water", Language.EN);
  }
}
