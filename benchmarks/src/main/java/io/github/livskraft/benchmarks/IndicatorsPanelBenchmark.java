package io.github.livskraft.benchmarks;

import io.github.livskraft.indicators.Direction;
import io.github.livskraft.indicators.calc.PerCapitaScale;
import io.github.livskraft.indicators.calc.SeriesMath;
import io.github.livskraft.indicators.dashboard.ColourThresholds;
import io.github.livskraft.indicators.dashboard.DashboardCalculator;
import io.github.livskraft.indicators.dashboard.DashboardResult;
import io.github.livskraft.indicators.dashboard.IndicatorScoring;
import io.github.livskraft.indicators.dashboard.Normalisation;
import io.github.livskraft.indicators.progress.ProgressAssessment;
import io.github.livskraft.indicators.progress.ProgressCalculator;
import io.github.livskraft.indicators.progress.ProgressOptions;
import io.github.livskraft.municipalities.Region;
import io.github.livskraft.indicators.series.ObservationStatus;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.sdg.GoalCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The national panel through the indicators pipeline: 357 municipalities × 25 years × 50 indicators.
 *
 * <p><b>All data here is SYNTHETIC</b>: generated deterministically (fixed seed) with plausible shapes (population
 * 200–700,000, numerators per inhabitant with a drift, 2 % of cells {@code ..}). It measures speed only; no value
 * is real. Goal: the whole panel (per capita + progress + dashboard) in at most 10 ms warm (issue #12).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IndicatorsPanelBenchmark {
  static final int MUNICIPALITIES = 357;
  static final int YEARS = 25;
  static final int INDICATORS = 50;
  static final int FIRST_YEAR = 2000;

  List<Region> regions;
  List<TimeSeries> population;
  /** numerators[m][i]. */
  TimeSeries[][] numerators;
  /** per-capita series[m][i], precomputed for the progress and dashboard benchmarks. */
  TimeSeries[][] perCapita;
  Direction[] directions;
  ProgressOptions[] options;
  DashboardCalculator dashboard;

  /** Builds the synthetic panel. */
  @Setup
  public void setUp() {
    SplittableRandom rnd = new SplittableRandom(20_260_101L);
    regions = new ArrayList<>();
    population = new ArrayList<>();
    numerators = new TimeSeries[MUNICIPALITIES][INDICATORS];
    perCapita = new TimeSeries[MUNICIPALITIES][INDICATORS];
    directions = new Direction[INDICATORS];
    options = new ProgressOptions[INDICATORS];
    DashboardCalculator.Builder dash = DashboardCalculator.builder();
    for (int i = 0; i < INDICATORS; i++) {
      directions[i] = i % 3 == 0 ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
      options[i] = ProgressOptions.of(directions[i]).withBase(Period.year(2015));
      if (i % 2 == 0) {
        options[i] = options[i].withTarget(directions[i] == Direction.LOWER_IS_BETTER ? 500 : 1500,
            Period.year(2030));
      }
      boolean lower = directions[i] == Direction.LOWER_IS_BETTER;
      dash.indicator(new IndicatorScoring("synthetic." + i, GoalCode.of(1 + i % 17),
          lower ? Normalisation.sdsn(2000, 0, directions[i]) : Normalisation.sdsn(0, 2000, directions[i]),
          Optional.of(lower ? new ColourThresholds(2000, 1500, 1000, 500, 0)
              : new ColourThresholds(0, 500, 1000, 1500, 2000))));
    }
    dashboard = dash.build();
    for (int m = 0; m < MUNICIPALITIES; m++) {
      // synthetic codes: county 30, 31, 32, … so that every code is well formed
      String code = String.format(java.util.Locale.ROOT, "%02d%02d", new int[] {30, 31, 32, 33, 34, 38, 39, 40, 42,
          46, 50, 54, 55, 56}[m % 14], 1 + m / 14);
      Region r = Region.municipality(code);
      regions.add(r);
      double pop = 200 + rnd.nextDouble() * rnd.nextDouble() * 700_000;
      TimeSeries.Builder pb = TimeSeries.builder(r, "population").unit("personer").decimals(0);
      double[] pops = new double[YEARS];
      for (int y = 0; y < YEARS; y++) {
        pop *= 1 + (rnd.nextDouble() - 0.45) * 0.02;
        pops[y] = Math.round(pop);
        pb.add(Period.year(FIRST_YEAR + y), pops[y]);
      }
      population.add(pb.build());
      for (int i = 0; i < INDICATORS; i++) {
        TimeSeries.Builder nb = TimeSeries.builder(r, "n" + i).unit("t").decimals(1);
        double level = 200 + rnd.nextDouble() * 1600;
        double drift = (rnd.nextDouble() - 0.5) * 0.06;
        for (int y = 0; y < YEARS; y++) {
          level *= 1 + drift + (rnd.nextDouble() - 0.5) * 0.02;
          if (rnd.nextDouble() < 0.02) {
            nb.addMissing(Period.year(FIRST_YEAR + y), ObservationStatus.NOT_AVAILABLE);
          } else {
            nb.add(Period.year(FIRST_YEAR + y), level * pops[y] / 1000);
          }
        }
        numerators[m][i] = nb.build();
        perCapita[m][i] = SeriesMath.perCapita(numerators[m][i], population.get(m), PerCapitaScale.PER_1_000);
      }
    }
  }

  /** 17,850 per-capita series (357 × 50, 25 years each). */
  @Benchmark
  public int perCapita() {
    int n = 0;
    for (int m = 0; m < MUNICIPALITIES; m++) {
      TimeSeries pop = population.get(m);
      for (int i = 0; i < INDICATORS; i++) {
        n += SeriesMath.perCapita(numerators[m][i], pop, PerCapitaScale.PER_1_000).size();
      }
    }
    return n;
  }

  /** 17,850 Open SDG progress assessments (half with a target). */
  @Benchmark
  public int progress() {
    int n = 0;
    ProgressCalculator calc = ProgressCalculator.openSdg();
    for (int m = 0; m < MUNICIPALITIES; m++) {
      for (int i = 0; i < INDICATORS; i++) {
        ProgressAssessment a = calc.assess(perCapita[m][i], options[i]);
        n += a.status().ordinal();
      }
    }
    return n;
  }

  /** 357 dashboards of 50 indicators (normalisation, colours, two-worst goal colours, index). */
  @Benchmark
  public int dashboard() {
    int n = 0;
    for (int m = 0; m < MUNICIPALITIES; m++) {
      Map<String, Double> latest = new HashMap<>(INDICATORS * 2);
      for (int i = 0; i < INDICATORS; i++) {
        final int idx = i;
        perCapita[m][i].latestWithValue().ifPresent(o -> latest.put("synthetic." + idx, o.rawValue()));
      }
      DashboardResult r = dashboard.score(latest);
      n += r.goals().size();
    }
    return n;
  }

  /** The whole pipeline: per capita, then progress and dashboard on the fresh results. */
  @Benchmark
  public int fullPanel() {
    int n = 0;
    ProgressCalculator calc = ProgressCalculator.openSdg();
    for (int m = 0; m < MUNICIPALITIES; m++) {
      TimeSeries pop = population.get(m);
      Map<String, Double> latest = new HashMap<>(INDICATORS * 2);
      for (int i = 0; i < INDICATORS; i++) {
        TimeSeries pc = SeriesMath.perCapita(numerators[m][i], pop, PerCapitaScale.PER_1_000);
        n += calc.assess(pc, options[i]).status().ordinal();
        final int idx = i;
        pc.latestWithValue().ifPresent(o -> latest.put("synthetic." + idx, o.rawValue()));
      }
      n += dashboard.score(latest).goals().size();
    }
    return n;
  }

  /**
   * Supplement to JMH on a shared, overloaded machine: thread CPU time per operation (which does not count time the
   * thread waits for a core), after a warm-up of each benchmark (at least 200 operations and 3 s of CPU, so that
   * the JIT has compiled the hot paths even when its threads wait for a core). Prints, per benchmark, the median
   * and the lowest CPU time of 5 rounds of 40 operations. Run: {@code java -cp benchmarks/target/benchmarks.jar
   * io.github.livskraft.benchmarks.IndicatorsPanelBenchmark}.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    IndicatorsPanelBenchmark b = new IndicatorsPanelBenchmark();
    b.setUp();
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long sink = 0;
    String[] names = {"perCapita", "progress", "dashboard", "fullPanel"};
    for (String name : names) {
      long warm0 = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < 200 || mx.getCurrentThreadCpuTime() - warm0 < 3_000_000_000L; i++) {
        sink += b.run(name);
      }
      int ops = 40;
      double[] cpu = new double[5];
      double wallMs = 0;
      long bytes0 = allocatedBytes();
      for (int round = 0; round < cpu.length; round++) {
        long cpu0 = mx.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        for (int i = 0; i < ops; i++) {
          sink += b.run(name);
        }
        cpu[round] = (mx.getCurrentThreadCpuTime() - cpu0) / 1e6 / ops;
        wallMs += (System.nanoTime() - wall0) / 1e6 / ops / cpu.length;
      }
      double kbPerOp = (allocatedBytes() - bytes0) / 1024.0 / ops / cpu.length;
      java.util.Arrays.sort(cpu);
      System.out.printf(java.util.Locale.ROOT,
          "%-10s cpu median %7.2f  min %7.2f ms/op   wall mean %8.2f ms/op   allocated %,9.0f KB/op%n",
          name, cpu[cpu.length / 2], cpu[0], wallMs, kbPerOp);
    }
    System.out.println("(checksum " + sink + "; synthetic data)");
  }

  /** Bytes allocated by this thread so far (HotSpot's extension of ThreadMXBean), or 0 where not available. */
  private static long allocatedBytes() {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    return mx instanceof com.sun.management.ThreadMXBean h ? h.getThreadAllocatedBytes(Thread.currentThread().getId())
        : 0;
  }

  private int run(String name) {
    return switch (name) {
      case "perCapita" -> perCapita();
      case "progress" -> progress();
      case "dashboard" -> dashboard();
      default -> fullPanel();
    };
  }
}
