package io.github.livskraft.benchmarks;

import java.util.Map;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.databind.MappingIterator;
import io.github.livskraft.tagger.LanguageDetector;
import io.github.livskraft.tagger.SdgTagger;
import io.github.livskraft.tagger.TagResult;
import io.github.livskraft.sdg.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Tagging throughput on one core with all bundled rule sets (English, bokmål, nynorsk; goals and targets), on real
 * text: the 633 English snippets of the SDG Classification Benchmark's development half (one document each) and
 * the five Norwegian source documents in {@code seeds/} (one document each, 2–87 kB). Each operation tags the
 * whole corpus once; the {@code megabytes} row is the UTF-8 input rate in MB/s (10⁶ bytes of UTF-8 text per second,
 * the figure of the ≥ 25 MB/s goal), the {@code bytes} row the same in bytes per second. The Norwegian rows are
 * {@code norwegianDocuments} (whole seed documents) and {@code norwegianSentences} (one sentence per document: the
 * per-document overhead dominates). Run from the repository root ({@code benchmarks/run.sh Tagging}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@Threads(1)
public class TaggingThroughputBenchmark {
  private SdgTagger tagger;
  private SdgTagger withSecondOpinion;
  private List<String> english;
  private long englishBytes;
  private List<String> norwegian;
  private long norwegianBytes;
  private List<String[]> sentences;
  private long sentenceBytes;

  /** Input bytes tagged, reported by JMH as a rate. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Bytes {
    /** UTF-8 bytes tagged. */
    public long bytes;
    /** UTF-8 megabytes (10⁶ bytes) tagged: JMH reports the rate in MB/s. */
    public double megabytes;

    /** Resets per iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
      megabytes = 0;
    }

    void add(long n) {
      bytes += n;
      megabytes += n / 1e6;
    }
  }

  /** Loads the tagger and the corpora. */
  @Setup
  public void setUp() throws IOException {
    tagger = SdgTagger.bundled();
    withSecondOpinion = SdgTagger.builder().addBundled().secondOpinion(true).build();
    Path root = repositoryRoot();
    english = new ArrayList<>();
    Path csv = root.resolve("sdg-tagger/src/test/resources/io/github/livskraft/tagger/benchmark/benchmark.csv");
    english.addAll(textColumn(Files.readString(csv, StandardCharsets.UTF_8)));
    englishBytes = bytes(english);
    try (Stream<Path> seeds = Files.list(root.resolve("seeds"))) {
      norwegian = seeds.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().map(p -> {
        try {
          return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    }
    norwegianBytes = bytes(norwegian);
    Path plan = root.resolve("sdg-tagger/src/test/resources/io/github/livskraft/tagger/norwegian-plan-sentences.csv");
    List<String> texts = textColumn(Files.readString(plan, StandardCharsets.UTF_8));
    List<String> langs = column(Files.readString(plan, StandardCharsets.UTF_8), "lang");
    sentences = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      sentences.add(new String[] {texts.get(i), langs.get(i)});
    }
    sentenceBytes = bytes(texts);
  }

  /** The labelled Norwegian plan and case sentences (bokmål and nynorsk), one document each, with their own rules. */
  @Benchmark
  public void norwegianSentences(Bytes counter, Blackhole bh) {
    for (String[] s : sentences) {
      bh.consume(tagger.tag("s", s[0], s[1].equals("nn") ? Language.NN : Language.NB));
    }
    counter.add(sentenceBytes);
  }

  /** The same sentences with the opt-in statistical second opinion (every sentence is short enough for it). */
  @Benchmark
  public void norwegianSentencesWithSecondOpinion(Bytes counter, Blackhole bh) {
    for (String[] s : sentences) {
      bh.consume(withSecondOpinion.tag("s", s[0], s[1].equals("nn") ? Language.NN : Language.NB));
    }
    counter.add(sentenceBytes);
  }

  /** English benchmark snippets with the English rules. */
  @Benchmark
  public void englishSnippets(Bytes counter, Blackhole bh) {
    for (String t : english) {
      bh.consume(tagger.tag("e", t, Language.EN));
    }
    counter.add(englishBytes);
  }

  /** Norwegian plan documents with the bokmål rules. */
  @Benchmark
  public void norwegianDocuments(Bytes counter, Blackhole bh) {
    for (String t : norwegian) {
      bh.consume(tagger.tag("n", t, Language.NB));
    }
    counter.add(norwegianBytes);
  }

  /** Both corpora with language detection per document (as {@code livskraft tag --lang auto}). */
  @Benchmark
  public void mixedWithLanguageDetection(Bytes counter, Blackhole bh) {
    for (String t : english) {
      bh.consume(tagger.tag("e", t));
    }
    for (String t : norwegian) {
      TagResult r = tagger.tag("n", t, LanguageDetector.detect(t));
      bh.consume(r);
    }
    counter.add(englishBytes + norwegianBytes);
  }

  private static long bytes(List<String> texts) {
    return texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
  }

  static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("seeds"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("run from inside the Livskraft repository (no seeds/ folder found)");
    }
    return dir;
  }

  /** The {@code text} column (second) of the benchmark CSV. */
  private static List<String> textColumn(String csv) throws IOException {
    return column(csv, "text");
  }

  /** The values of one column of a CSV text with a header row (read with jackson-dataformat-csv). */
  private static List<String> column(String csv, String name) throws IOException {
    CsvMapper mapper = new CsvMapper();
    List<String> out = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
      while (it.hasNext()) {
        out.add(it.next().getOrDefault(name, ""));
      }
    }
    return out;
  }

}
