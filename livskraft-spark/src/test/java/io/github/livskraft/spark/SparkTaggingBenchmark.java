package io.github.livskraft.spark;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import io.github.livskraft.tagger.SdgTagger;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Tagging throughput through Spark ({@code sdg_tag} in {@code local[1]} and {@code local[2]}) against the plain-Java
 * tagger (one and two threads) on the same corpus in the same JVM: the 633 English snippets of the SDG
 * Classification Benchmark's development half and the five Norwegian seed documents, repeated. Each configuration
 * gets one untimed warm-up pass and then {@code runs} timed passes; the best pass is reported (the machine is shared,
 * so the best pass is the least disturbed one). Not a test: run it with {@code benchmarks/spark-tagging.sh}.
 */
public final class SparkTaggingBenchmark {
  private SparkTaggingBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args repository root, copies of the corpus (default 4), timed runs (default 3)
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : "..");
    int copies = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    List<String> corpus = new ArrayList<>();
    List<String> base = corpus(root);
    for (int i = 0; i < copies; i++) {
      corpus.addAll(base);
    }
    long bytes = corpus.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
        StandardCharsets.UTF_8);
    out.printf(Locale.ROOT, "corpus: %d documents (%d × %d), %.1f MB UTF-8; %d timed runs, best reported;"
        + " load average at start %.1f on %d CPUs; Java %s%n", corpus.size(), copies, base.size(), bytes / 1e6, runs,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

    SdgTagger tagger = SdgTagger.bundled();
    long expectedGoals = 0;
    for (String t : corpus) {
      expectedGoals += tagger.tag("x", t).goals().size();
    }
    double java1 = best(runs, () -> plain(tagger, corpus, 1));
    double java2 = best(runs, () -> plain(tagger, corpus, 2));
    double[] spark1 = spark(corpus, 1, runs, expectedGoals);
    double[] spark2 = spark(corpus, 2, runs, expectedGoals);

    int n = corpus.size();
    out.println();
    out.println("| Configuration | docs/s per core, 1 core | docs/s per core, 2 cores | speed-up 1 → 2 cores"
        + " | time at 1 core ÷ plain Java |");
    out.println("|---|---:|---:|---:|---:|");
    row(out, "plain Java tagger (1 / 2 threads)", n, java1, java2, java1);
    row(out, "Spark `sdg_tag` SQL function (local[1] / local[2])", n, spark1[0], spark2[0], java1);
    row(out, "Spark `Dataset.map` with the tagger (local[1] / local[2])", n, spark1[1], spark2[1], java1);
    row(out, "diagnostic: SQL UDF returning only the goal count", n, spark1[2], spark2[2], java1);
    out.println();
    out.printf(Locale.ROOT, "Spark overhead at one core: sdg_tag %.2f×, Dataset.map %.2f×, count-only UDF %.2f× the"
        + " plain-Java time (goal ≤ 1.5×); sdg_tag's result struct costs %.2f× of the plain time over the"
        + " count-only UDF%n", spark1[0] / java1, spark1[1] / java1, spark1[2] / java1,
        (spark1[0] - spark1[2]) / java1);
    out.printf(Locale.ROOT, "Input rate at one core: plain Java %.2f MB/s, Spark sdg_tag %.2f MB/s%n",
        bytes / 1e6 / java1, bytes / 1e6 / spark1[0]);
  }

  private static void row(PrintStream out, String name, int docs, double seconds1, double seconds2, double java1) {
    out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.2f× | %.2f× |%n", name, docs / seconds1, docs / seconds2 / 2,
        seconds1 / seconds2, seconds1 / java1);
  }

  interface Pass {
    void run() throws Exception;
  }

  private static double best(int runs, Pass pass) throws Exception {
    pass.run(); // warm-up
    double best = Double.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      pass.run();
      best = Math.min(best, (System.nanoTime() - t0) / 1e9);
    }
    return best;
  }

  private static void plain(SdgTagger tagger, List<String> corpus, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Long>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        parts.add(pool.submit(() -> {
          long n = 0;
          for (int i = first; i < corpus.size(); i += threads) {
            n += tagger.tag("x", corpus.get(i)).goals().size();
          }
          return n;
        }));
      }
      for (Future<Long> f : parts) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Seconds per pass: the SQL function; a typed map calling the tagger directly (no SQL row conversion); and, to
   * tell the cost of the result struct from the cost of the UDF machinery, a SQL UDF returning only the goal count.
   */
  private static double[] spark(List<String> corpus, int cores, int runs, long expectedGoals) throws Exception {
    SparkSession spark = SparkSession.builder().appName("spark-tagging-benchmark").master("local[" + cores + "]")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
    try {
      LivskraftFunctions.register(spark);
      List<Row> rows = corpus.stream().map(t -> RowFactory.create(t)).toList();
      Dataset<Row> docs = spark.createDataFrame(rows, new StructType().add("text", DataTypes.StringType))
          .repartition(8 * cores).cache();
      docs.count();
      Dataset<Row> q = docs.select(size(call_function("sdg_tag", col("text")).getField("goals")).as("n"))
          .agg(sum(col("n")));
      long[] goals = new long[1];
      double t = best(runs, () -> goals[0] = q.first().getLong(0));
      check(goals[0], expectedGoals);
      Dataset<Integer> m = docs.map((org.apache.spark.api.java.function.MapFunction<Row, Integer>) r ->
          SdgTagger.bundled().tag("x", r.getString(0)).goals().size(), org.apache.spark.sql.Encoders.INT());
      double tm = best(runs, () -> goals[0] = m.reduce((org.apache.spark.api.java.function.ReduceFunction<Integer>)
          Integer::sum));
      check(goals[0], expectedGoals);
      spark.udf().register("goal_count", (org.apache.spark.sql.api.java.UDF1<String, Integer>) text ->
          SdgTagger.bundled().tag("x", text).goals().size(), DataTypes.IntegerType);
      Dataset<Row> c = docs.select(call_function("goal_count", col("text")).as("n")).agg(sum(col("n")));
      double tc = best(runs, () -> goals[0] = c.first().getLong(0));
      check(goals[0], expectedGoals);
      return new double[] {t, tm, tc};
    } finally {
      spark.stop();
    }
  }

  private static void check(long got, long expected) {
    if (got != expected) {
      throw new IllegalStateException("Spark found " + got + " goals, the plain tagger " + expected);
    }
  }

  private static List<String> corpus(Path root) throws IOException {
    List<String> out = new ArrayList<>();
    Path csv = root.resolve("sdg-tagger/src/test/resources/io/github/livskraft/tagger/benchmark/benchmark.csv");
    SparkSession reader = SparkSession.builder().appName("read-corpus").master("local[1]")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
    try {
      reader.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
          .csv(csv.toString()).select(col("text")).collectAsList().forEach(r -> out.add(r.getString(0)));
    } finally {
      reader.stop();
    }
    try (Stream<Path> seeds = Files.list(root.resolve("seeds"))) {
      for (Path p : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        out.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return out;
  }
}
