package io.github.livskraft.cli;

import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.jsonstat.JsonStatDataset;
import io.github.livskraft.jsonstat.JsonStatReader;
import io.github.livskraft.kostra.pxweb.DimensionRoles;
import io.github.livskraft.kostra.pxweb.SeriesBridge;
import io.github.livskraft.kostra.pxweb.SsbSeries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code indicators fetch} from the cache: a cached 800k-cell JSON-stat answer (357 regions × 90 ContentsCodes ×
 * 25 years = 803,250 cells) read from disk, turned into series (kostra-adapter's SeriesBridge) and written as tidy
 * Parquet through DuckDB (the command's {@code ParquetExport}). Goal: under 2 s.
 *
 * <p><b>All data here is SYNTHETIC</b> (fixed seed; 2 % of cells {@code ..}); it measures speed only. The class sits in
 * the CLI's package to reach the package-private exporter.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class FetchToParquetBenchmark {
  static final int REGIONS = 357;
  static final int CONTENTS = 90;
  static final int YEARS = 25;

  Path dir;
  Path cached;
  Path parquet;

  /** Writes the synthetic cached answer. */
  @Setup
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("lk-fetch-bench");
    cached = dir.resolve("answer.json");
    parquet = dir.resolve("out.parquet");
    StringBuilder sb = new StringBuilder(30_000_000);
    sb.append("{\"version\":\"2.0\",\"class\":\"dataset\",\"label\":\"synthetic\",\"updated\":\"2026-03-16T07:00:00Z\",");
    sb.append("\"id\":[\"KOKkommuneregion0000\",\"ContentsCode\",\"Tid\"],\"size\":[").append(REGIONS).append(',')
        .append(CONTENTS).append(',').append(YEARS).append("],\"role\":{\"geo\":[\"KOKkommuneregion0000\"],");
    sb.append("\"time\":[\"Tid\"],\"metric\":[\"ContentsCode\"]},\"dimension\":{");
    sb.append("\"KOKkommuneregion0000\":{\"label\":\"region\",\"category\":{\"index\":{");
    for (int r = 0; r < REGIONS; r++) {
      sb.append(r == 0 ? "" : ",").append('"').append(code(r)).append("\":").append(r);
    }
    sb.append("},\"label\":{");
    for (int r = 0; r < REGIONS; r++) {
      sb.append(r == 0 ? "" : ",").append('"').append(code(r)).append("\":\"Kommune ").append(r).append('"');
    }
    sb.append("}}},\"ContentsCode\":{\"label\":\"contents\",\"category\":{\"index\":{");
    for (int c = 0; c < CONTENTS; c++) {
      sb.append(c == 0 ? "" : ",").append("\"KOSX").append(String.format(Locale.ROOT, "%07d", c)).append("\":")
          .append(c);
    }
    sb.append("},\"label\":{");
    for (int c = 0; c < CONTENTS; c++) {
      sb.append(c == 0 ? "" : ",").append("\"KOSX").append(String.format(Locale.ROOT, "%07d", c))
          .append("\":\"Synthetic ").append(c).append('"');
    }
    sb.append("},\"unit\":{");
    for (int c = 0; c < CONTENTS; c++) {
      sb.append(c == 0 ? "" : ",").append("\"KOSX").append(String.format(Locale.ROOT, "%07d", c))
          .append("\":{\"label\":\"kr\",\"decimals\":0}");
    }
    sb.append("}}},\"Tid\":{\"label\":\"year\",\"category\":{\"index\":{");
    for (int y = 0; y < YEARS; y++) {
      sb.append(y == 0 ? "" : ",").append('"').append(2000 + y).append("\":").append(y);
    }
    sb.append("}}}},\"value\":[");
    SplittableRandom rnd = new SplittableRandom(800_000L);
    int n = REGIONS * CONTENTS * YEARS;
    StringBuilder status = new StringBuilder("{");
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(',');
      }
      if (rnd.nextInt(50) == 0) {
        sb.append("null");
        status.append(status.length() == 1 ? "" : ",").append('"').append(i).append("\":\"..\"");
      } else {
        sb.append(rnd.nextInt(1_000_000));
      }
    }
    sb.append("],\"status\":").append(status).append("}}");
    Files.writeString(cached, sb, StandardCharsets.UTF_8);
  }

  private static String code(int r) {
    return String.format(Locale.ROOT, "%02d%02d", 30 + r / 99, r % 99 + 1);
  }

  /** Cached answer → series → Parquet. */
  @Benchmark
  public long cacheToParquet() throws IOException {
    JsonStatDataset ds = (JsonStatDataset) JsonStatReader.create().read(cached);
    List<TimeSeries> series = new ArrayList<>();
    for (SsbSeries s : SeriesBridge.toSeries(ds, DimensionRoles.detect(ds), "99999", "2026-03-16")) {
      series.add(s.series());
    }
    ParquetExport.write(series, parquet);
    return Files.size(parquet);
  }

  /** Removes the files. */
  @TearDown
  public void tearDown() {
    try {
      Files.deleteIfExists(cached);
      Files.deleteIfExists(parquet);
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Phase times (wall and thread CPU) on a shared machine: {@code java -cp benchmarks/target/benchmarks.jar
   * io.github.livskraft.cli.FetchToParquetBenchmark}.
   *
   * @param args ignored
   * @throws IOException on file errors
   */
  public static void main(String[] args) throws IOException {
    FetchToParquetBenchmark b = new FetchToParquetBenchmark();
    b.setUp();
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 4; round++) {
      long w0 = System.nanoTime();
      long c0 = mx.getCurrentThreadCpuTime();
      JsonStatDataset ds = (JsonStatDataset) JsonStatReader.create().read(b.cached);
      long w1 = System.nanoTime();
      long c1 = mx.getCurrentThreadCpuTime();
      List<TimeSeries> series = new ArrayList<>();
      for (SsbSeries s : SeriesBridge.toSeries(ds, DimensionRoles.detect(ds), "99999", "2026-03-16")) {
        series.add(s.series());
      }
      long w2 = System.nanoTime();
      long c2 = mx.getCurrentThreadCpuTime();
      ParquetExport.write(series, b.parquet);
      long w3 = System.nanoTime();
      long c3 = mx.getCurrentThreadCpuTime();
      System.out.printf(Locale.ROOT, "round %d: read %d ms (cpu %d), series %d ms (cpu %d), parquet %d ms (cpu %d),"
          + " total %d ms (cpu %d); %d series%n", round, (w1 - w0) / 1_000_000, (c1 - c0) / 1_000_000,
          (w2 - w1) / 1_000_000, (c2 - c1) / 1_000_000, (w3 - w2) / 1_000_000, (c3 - c2) / 1_000_000,
          (w3 - w0) / 1_000_000, (c3 - c0) / 1_000_000, series.size());
    }
    b.tearDown();
  }
}
