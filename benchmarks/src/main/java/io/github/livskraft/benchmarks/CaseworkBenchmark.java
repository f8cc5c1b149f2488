package io.github.livskraft.benchmarks;

import io.github.livskraft.casework.Assessment;
import io.github.livskraft.casework.CaseAssessor;
import io.github.livskraft.casework.CaseReader;
import io.github.livskraft.casework.io.Arkivmelding;
import io.github.livskraft.sdg.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cases assessed per second on one core, intake from text (goal: ≥ 200 typical 3-page saksframlegg per second).
 *
 * <p>The case: a header, innstilling, vurdering, økonomi and vedlegg <b>written for the benchmark</b>, with
 * saksopplysninger of about 9 000 characters of real Norwegian prose (the start of seed 004, Kongsbergregionen's
 * strategy document) — about 1 600 words, three pages. Each operation reads the text (part and header recognition)
 * and assesses it ({@code assess}); {@code assessWithPlans} also draws the golden thread to the Kongsberg example
 * plans (15 plans); {@code assessAndArkivmelding} also writes and XSD-validates the arkivmelding.
 * Run from the repository root: {@code benchmarks/run.sh Casework}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@Threads(1)
public class CaseworkBenchmark {
  private String text;
  private CaseReader reader;
  private CaseAssessor assessor;
  private CaseAssessor withPlans;
  private Arkivmelding arkivmelding;

  /** Builds the 3-page case and the assessors. */
  @Setup
  public void setUp() throws IOException {
    Path root = TaggingThroughputBenchmark.repositoryRoot();
    String seed = Files.readString(root.resolve("seeds/004_9afa16d8ba157b83.txt"), StandardCharsets.UTF_8);
    String prose = seed.substring(0, 9_000);
    text = """
        Saksbehandler: Kari Nordmann   Arkiv: 026   Arkivsaksnr.: 25/1234-3
        Dato: 12.03.2025

        Saksgang                 Møtedato     Saksnr
        Formannskapet            24.03.2025   25/31

        NY REGIONAL STRATEGI FOR KONGSBERGREGIONEN

        Rådmannens innstilling
        1. Kommunestyret slutter seg til ny strategi for Kongsbergregionen.
        2. Strategien legger FNs bærekraftsmål til grunn, særlig bærekraftsmål 9, 11 og 13.

        Saksopplysninger
        """ + prose + """

        Vurdering
        Rådmannen vurderer at strategien vil styrke samarbeidet om klimagassutslipp, kompetanse og næringsutvikling.

        Økonomiske konsekvenser
        Ingen direkte økonomiske konsekvenser.

        Vedlegg
        1. Strategi Bakgrunnsdokument
        """;
    reader = CaseReader.create();
    assessor = CaseAssessor.builder().build();
    try (Stream<Path> s = Files.list(root.resolve("examples/plans"))) {
      withPlans = CaseAssessor.builder().planFiles(s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList())
          .build();
    }
    arkivmelding = Arkivmelding.create();
  }

  /** Intake from text and assessment. */
  @Benchmark
  public Assessment assess() {
    return assessor.assess(reader.readText("sak", text));
  }

  /** Intake, assessment and golden thread over the Kongsberg plans. */
  @Benchmark
  public Assessment assessWithPlans() {
    return withPlans.assess(reader.readText("sak", text));
  }

  /** Intake, assessment, golden thread and a validated arkivmelding. */
  @Benchmark
  public String assessAndArkivmelding() {
    return arkivmelding.write(withPlans.assess(reader.readText("sak", text)), Language.NB);
  }
}
