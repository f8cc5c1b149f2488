package io.github.livskraft.benchmarks;

import io.github.livskraft.indicators.Direction;
import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.plan.ElementKind;
import io.github.livskraft.plan.Finding;
import io.github.livskraft.plan.IndicatorDetails;
import io.github.livskraft.plan.IndicatorTarget;
import io.github.livskraft.plan.IndicatorValue;
import io.github.livskraft.plan.MeasureDetails;
import io.github.livskraft.plan.MeasureStatus;
import io.github.livskraft.plan.Owner;
import io.github.livskraft.plan.Period;
import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.PlanChain;
import io.github.livskraft.plan.PlanDocument;
import io.github.livskraft.plan.PlanElement;
import io.github.livskraft.plan.PlanKind;
import io.github.livskraft.plan.PlanStatus;
import io.github.livskraft.plan.SdgLink;
import io.github.livskraft.plan.SdgRole;
import io.github.livskraft.plan.StatusChange;
import io.github.livskraft.plan.coherence.CoherenceChecker;
import io.github.livskraft.plan.coverage.CoverageAnalyzer;
import io.github.livskraft.plan.coverage.CoverageReport;
import io.github.livskraft.plan.io.LoadedPlanDocument;
import io.github.livskraft.plan.io.PlanFormat;
import io.github.livskraft.plan.io.PlanReader;
import io.github.livskraft.plan.io.PlanWriter;
import io.github.livskraft.plan.validation.PlanValidator;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.TargetCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
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
 * Validating and analysing a large synthetic plan chain: one samfunnsdel (focus areas → main goals → sub-goals →
 * indicators) and four yearly handlingsprogrammer whose tiltak serve the sub-goals across plans, with SDG links
 * on most elements, about {@code elements} elements in all. SYNTHETIC data (fixed seed), for speed only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlanAnalysisBenchmark {
  @Param({"2000"})
  int elements;

  PlanDocument document;
  PlanChain chain;
  String yaml;
  String json;
  PlanValidator validator;
  CoherenceChecker checker;
  CoverageAnalyzer analyzer;
  PlanReader reader;

  @Setup
  public void setUp() {
    document = synthetic(elements, 20251124L);
    chain = PlanChain.of(document.plans());
    yaml = PlanWriter.create().write(document, PlanFormat.YAML);
    json = PlanWriter.create().write(document, PlanFormat.JSON);
    validator = PlanValidator.create();
    checker = CoherenceChecker.create();
    analyzer = CoverageAnalyzer.builder().priority(List.of(2, 3, 4, 9, 11, 13).stream().map(GoalCode::of).toList())
        .build();
    reader = PlanReader.create();
  }

  /** Bean Validation of the whole document (all constraints, catalogue lookups). */
  @Benchmark
  public List<Finding> validate() {
    return validator.validate(document);
  }

  /** All 13 standard coherence rules over the chain. */
  @Benchmark
  public List<Finding> coherence() {
    return checker.check(chain);
  }

  /** Coverage with depth ladder and priority gaps. */
  @Benchmark
  public CoverageReport coverage() {
    return analyzer.analyse(chain);
  }

  /** Parsing the YAML text with the location index. */
  @Benchmark
  public LoadedPlanDocument parseYaml() {
    return reader.read("synthetic.yaml", yaml, PlanFormat.YAML);
  }

  /** Parsing the same document as JSON with the location index. */
  @Benchmark
  public LoadedPlanDocument parseJson() {
    return reader.read("synthetic.json", json, PlanFormat.JSON);
  }

  /** Everything a {@code livskraft plan validate} + {@code coverage} run does after reading the file. */
  @Benchmark
  public int validateCoherenceCoverage() {
    return validator.validate(document).size() + checker.check(chain).size()
        + analyzer.analyse(chain).gaps().size();
  }

  /**
   * A synthetic chain of about {@code n} elements.
   *
   * @param n the number of elements
   * @param seed the random seed
   * @return the document
   */
  public static PlanDocument synthetic(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Owner owner = Owner.municipality(MunicipalityCode.parse("3303"), "Syntetisk kommune");
    int focus = Math.max(2, n / 200);
    int main = focus * 5;
    int sub = main * 4;
    Plan.Builder s = Plan.builder("samfunnsdel", PlanKind.SOCIAL_ELEMENT, "Kommuneplanens samfunnsdel (syntetisk)")
        .owner(owner).statusChange(StatusChange.of(PlanStatus.ADOPTED, LocalDate.of(2024, 6, 20)))
        .validity(Period.of(2024, 2036));
    List<String> subIds = new ArrayList<>();
    int count = 0;
    for (int f = 0; f < focus; f++) {
      String fid = "io-" + f;
      s.element(PlanElement.builder(fid, ElementKind.FOCUS_AREA, "Innsatsområde " + f)
          .sdgLink(SdgLink.of(GoalCode.of(1 + rnd.nextInt(17)), SdgRole.PRIMARY)).build());
      count++;
      for (int m = 0; m < 5; m++) {
        String mid = fid + "-m" + m;
        s.element(PlanElement.builder(mid, ElementKind.MAIN_GOAL, "Hovedmål " + mid).parent(fid)
            .sdgLink(link(rnd)).build());
        count++;
        for (int k = 0; k < 4; k++) {
          String sid = mid + "-d" + k;
          subIds.add(sid);
          s.element(PlanElement.builder(sid, ElementKind.SUB_GOAL, "Delmål " + sid).parent(mid)
              .sdgLink(link(rnd)).build());
          s.element(PlanElement.builder(sid + "-i", ElementKind.INDICATOR, "Indikator for " + sid).parent(sid)
              .indicator(indicator(rnd)).build());
          count += 2;
        }
      }
    }
    List<Plan> plans = new ArrayList<>();
    plans.add(s.build());
    int perYear = Math.max(1, (n - count) / 4 / 2);
    for (int y = 0; y < 4; y++) {
      int year = 2025 + y;
      Plan.Builder hp = Plan.builder("hp-" + year, PlanKind.ACTION_PROGRAMME, "Handlingsprogram " + year)
          .owner(owner).statusChange(StatusChange.of(PlanStatus.ADOPTED, LocalDate.of(year - 1, 12, 15)))
          .validity(Period.of(year, year + 3)).buildsOn("samfunnsdel");
      for (int t = 0; t < perYear; t++) {
        String tid = "t" + t;
        hp.element(PlanElement.builder(tid, ElementKind.MEASURE, "Tiltak " + t + " " + year)
            .serves("samfunnsdel#" + subIds.get(rnd.nextInt(subIds.size())))
            .measure(new MeasureDetails(Optional.of("Enhet " + rnd.nextInt(12)), Optional.of(Period.of(year, year + 1)),
                Optional.empty(), MeasureStatus.PLANNED))
            .sdgLink(link(rnd)).build());
        hp.element(PlanElement.builder(tid + "-i", ElementKind.INDICATOR, "Indikator for tiltak " + t).parent(tid)
            .indicator(indicator(rnd)).build());
      }
      plans.add(hp.build());
    }
    return PlanDocument.of(plans);
  }

  private static SdgLink link(SplittableRandom rnd) {
    int g = 1 + rnd.nextInt(17);
    int max = switch (g) {
      case 1 -> 5; case 2, 4, 11, 14 -> 5; case 3, 15 -> 9; case 7, 13 -> 3; case 8 -> 10; case 12 -> 8;
      case 16 -> 10; case 17 -> 19; default -> 6;
    };
    return rnd.nextBoolean() ? SdgLink.of(GoalCode.of(g), SdgRole.PRIMARY)
        : SdgLink.of(TargetCode.of(g, 1 + rnd.nextInt(max)), SdgRole.SECONDARY);
  }

  private static IndicatorDetails indicator(SplittableRandom rnd) {
    boolean target = rnd.nextInt(3) > 0;
    boolean data = rnd.nextBoolean();
    return new IndicatorDetails(Optional.of("local:syntetisk-" + rnd.nextInt(100)), Optional.of("andel"),
        Optional.of(Direction.HIGHER_IS_BETTER),
        data ? Optional.of(new IndicatorValue(2023, BigDecimal.valueOf(rnd.nextInt(100)))) : Optional.empty(),
        target ? Optional.of(new IndicatorTarget(2030, Optional.of(BigDecimal.valueOf(50 + rnd.nextInt(50))),
            Optional.empty())) : Optional.empty(),
        List.of(), Optional.empty());
  }
}
