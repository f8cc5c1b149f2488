package io.github.livskraft.benchmarks;

import io.github.livskraft.plan.Finding;
import io.github.livskraft.plan.analysis.PlanAnalyzer;
import io.github.livskraft.plan.io.LoadedPlanDocument;
import io.github.livskraft.plan.io.PlanFormat;
import io.github.livskraft.plan.io.PlanReader;
import io.github.livskraft.plan.validation.PlanValidator;
import io.github.livskraft.sdg.Language;
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
 * {@code livskraft plan validate} after reading, on the hostile-input suite's largest plan file: {@code plans}
 * small plans in one JSON document (60 000 ≈ 6 MB, the suite's input), each without owner and adoption date, so
 * every plan gives one validation error (PLAN-V042) and one coherence finding (PLAN-C011). SYNTHETIC data, for
 * speed only. One operation takes about a second, hence single-shot time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class PlanValidateFileBenchmark {
  @Param({"60000"})
  int plans;

  String json;
  LoadedPlanDocument loaded;
  PlanValidator validator;

  @Setup
  public void setUp() {
    json = hostileShape(plans);
    loaded = PlanReader.create().read("many.json", json, PlanFormat.JSON);
    validator = PlanValidator.create();
  }

  /** Bean Validation and conversion to findings (file locations, texts in three languages). */
  @Benchmark
  public List<Finding> validate() {
    return validator.validate(loaded);
  }

  /** What the CLI does after reading: validation, coherence, coverage, and one formatted line per finding. */
  @Benchmark
  public long validateAfterReading() {
    List<Finding> findings = PlanAnalyzer.builder().build().analyse(List.of(loaded)).findings();
    long chars = 0;
    for (Finding f : findings) {
      chars += f.format(Language.EN).length();
    }
    return chars;
  }

  /** Reading the file (for comparison). */
  @Benchmark
  public LoadedPlanDocument read() {
    return PlanReader.create().read("many.json", json, PlanFormat.JSON);
  }

  /**
   * The document the hostile-input suite ({@code HostileInputSuiteTest#plans}) generates.
   *
   * @param n the number of plans
   * @return the JSON text
   */
  public static String hostileShape(int n) {
    StringBuilder many = new StringBuilder("{\"formatVersion\":\"1.0\",\"plans\":[");
    for (int i = 0; i < n; i++) {
      many.append(i > 0 ? "," : "").append("{\"id\":\"p").append(i).append("\",\"kind\":\"SOCIAL_ELEMENT\","
          + "\"status\":\"ADOPTED\",\"title\":\"Plan nummer ").append(i).append(" for kommunen\"}");
    }
    return many.append("]}").toString();
  }
}
