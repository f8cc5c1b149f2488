package io.github.livskraft.plan.coherence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.plan.ElementKind;
import io.github.livskraft.plan.Finding;
import io.github.livskraft.plan.IndicatorDetails;
import io.github.livskraft.plan.IndicatorTarget;
import io.github.livskraft.plan.Owner;
import io.github.livskraft.plan.Period;
import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.PlanChain;
import io.github.livskraft.plan.PlanElement;
import io.github.livskraft.plan.PlanKind;
import io.github.livskraft.plan.PlanStatus;
import io.github.livskraft.plan.SdgLink;
import io.github.livskraft.plan.SdgRole;
import io.github.livskraft.plan.Severity;
import io.github.livskraft.plan.StatusChange;
import io.github.livskraft.plan.io.LoadedPlanDocument;
import io.github.livskraft.plan.io.PlanReader;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.LocalizedText;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CoherenceCheckerTest {
  static final Owner KONGSBERG = Owner.municipality(MunicipalityCode.parse("3303"), "Kongsberg");

  static Plan.Builder plan(String id, PlanKind kind) {
    return Plan.builder(id, kind, id).owner(KONGSBERG).status(PlanStatus.ADOPTED);
  }

  static List<Finding> check(Plan... plans) {
    return CoherenceChecker.create().check(PlanChain.of(List.of(plans)));
  }

  static List<String> codes(List<Finding> f) {
    return f.stream().map(Finding::code).toList();
  }

  static IndicatorDetails withTarget() {
    return new IndicatorDetails(Optional.of("local:x"), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(new IndicatorTarget(2030, Optional.of(BigDecimal.TEN), Optional.empty())), List.of(),
        Optional.empty());
  }

  @Test
  void kongsbergExampleHasOnlyTheHonestGaps() {
    LoadedPlanDocument doc = PlanReader.create().read(Path.of("../examples/plans/kongsberg-kommuneplan.yaml"));
    List<Finding> f = CoherenceChecker.create().check(List.of(doc));
    assertThat(f).noneMatch(x -> x.severity() == Severity.ERROR);
    assertThat(f).filteredOn(x -> x.code().equals("PLAN-C003")).extracting(x -> x.elementId().orElseThrow())
        .containsExactly("mal-arealforbruk");
    assertThat(f).filteredOn(x -> x.code().equals("PLAN-C008")).singleElement()
        .satisfies(x -> assertThat(x.planId()).contains("kongsberg-okonomiplan-2009"));
    assertThat(f).filteredOn(x -> x.code().equals("PLAN-C004")).hasSize(2);
    Finding located = f.stream().filter(x -> x.code().equals("PLAN-C003")).findFirst().orElseThrow();
    assertThat(located.path()).matches("\\$\\.plans\\[0]\\.elements\\[\\d+]");
    assertThat(located.location().orElseThrow().file()).endsWith("kongsberg-kommuneplan.yaml");
  }

  @Test
  void regionExampleReportsEndedConsultationRelativeToItsOwnLatestDate() {
    LoadedPlanDocument doc = PlanReader.create().read(Path.of("../examples/plans/kongsbergregionen-strategi-2019.yaml"));
    List<Finding> f = CoherenceChecker.create().check(List.of(doc));
    assertThat(f).noneMatch(x -> x.severity() == Severity.ERROR);
    assertThat(f).anySatisfy(x -> {
      assertThat(x.code()).isEqualTo("PLAN-C011");
      assertThat(x.severity()).isEqualTo(Severity.INFO);
      assertThat(x.message(Language.NB)).contains("høringen sluttet 2019-07-01");
    });
  }

  @Test
  void financialPlanMustSpanFourYears() {
    assertThat(codes(check(plan("op", PlanKind.FINANCIAL_PLAN).validity(Period.of(2025, 2027)).build())))
        .contains("PLAN-C008");
    assertThat(codes(check(plan("op", PlanKind.FINANCIAL_PLAN).validity(Period.of(2025, 2028)).build())))
        .doesNotContain("PLAN-C008");
    Plan regional = Plan.builder("r", PlanKind.ACTION_PROGRAMME, "r").owner(Owner.region("R",
        List.of(MunicipalityCode.parse("3303")))).status(PlanStatus.ADOPTED).validity(Period.of(2025, 2025)).build();
    assertThat(codes(check(regional))).doesNotContain("PLAN-C008");
    Finding f = check(plan("op", PlanKind.FINANCIAL_PLAN).validity(Period.of(2025, 2026)).build()).stream()
        .filter(x -> x.code().equals("PLAN-C008")).findFirst().orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message(Language.EN)).contains("covers 2 year(s)").contains("§ 14-4");
    assertThat(f.message(Language.NB)).startsWith("Økonomiplan").contains("dekker 2 år");
    assertThat(f.message(Language.NN)).contains("dekkjer 2 år");
  }

  @Test
  void planningStrategyWithinOneYearOfConstitution() {
    Plan late = plan("ps", PlanKind.PLANNING_STRATEGY)
        .statusChange(StatusChange.of(PlanStatus.ADOPTED, LocalDate.of(2021, 3, 1))).build();
    Plan inTime = plan("ps", PlanKind.PLANNING_STRATEGY)
        .statusChange(StatusChange.of(PlanStatus.ADOPTED, LocalDate.of(2020, 6, 16))).build();
    Plan givenConstitution = plan("ps", PlanKind.PLANNING_STRATEGY).councilConstituted(LocalDate.of(2019, 10, 10))
        .statusChange(StatusChange.of(PlanStatus.ADOPTED, LocalDate.of(2020, 10, 20))).build();
    assertThat(codes(check(late))).contains("PLAN-C010");
    assertThat(check(late).stream().filter(x -> x.code().equals("PLAN-C010")).findFirst().orElseThrow()
        .message(Language.EN)).contains("2019-10-31");
    assertThat(codes(check(inTime))).doesNotContain("PLAN-C010");
    assertThat(codes(check(givenConstitution))).contains("PLAN-C010");
    assertThat(StandardRules.assumedConstitution(LocalDate.of(2019, 9, 1))).isEqualTo(LocalDate.of(2015, 10, 31));
    assertThat(StandardRules.assumedConstitution(LocalDate.of(2024, 2, 1))).isEqualTo(LocalDate.of(2023, 10, 31));
  }

  @Test
  void handlingsdelMustBeRevisedEveryYear() {
    Plan social = plan("sam", PlanKind.SOCIAL_ELEMENT).validity(Period.of(2020, 2032)).build();
    Plan hp2021 = plan("hp21", PlanKind.ACTION_PROGRAMME).buildsOn("sam").validity(Period.of(2021, 2024)).build();
    Plan hp2023 = plan("hp23", PlanKind.ACTION_PROGRAMME).buildsOn("sam").validity(Period.of(2023, 2026)).build();
    Finding f = check(social, hp2021, hp2023).stream().filter(x -> x.code().equals("PLAN-C009")).findFirst()
        .orElseThrow();
    assertThat(f.message(Language.EN)).contains("[2022]");
    Plan hp2022 = plan("hp22", PlanKind.ACTION_PROGRAMME).buildsOn("sam").validity(Period.of(2022, 2025)).build();
    assertThat(codes(check(social, hp2021, hp2022, hp2023))).doesNotContain("PLAN-C009");
    assertThat(codes(check(social))).contains("PLAN-C009");
  }

  @Test
  void referencesResolveAndHaveNoCycles() {
    Plan p = plan("a", PlanKind.THEMATIC_PLAN).buildsOn("missing")
        .element(PlanElement.builder("x", ElementKind.GOAL, "X").parent("y").build())
        .element(PlanElement.builder("y", ElementKind.GOAL, "Y").parent("x").build())
        .element(PlanElement.builder("z", ElementKind.MEASURE, "Z").serves("b#nothing").build()).build();
    Plan b = plan("b", PlanKind.THEMATIC_PLAN).buildsOn("c").build();
    Plan c = plan("c", PlanKind.THEMATIC_PLAN).replaces("b").build();
    List<Finding> f = check(p, b, c);
    assertThat(f).filteredOn(x -> x.code().equals("PLAN-C005")).extracting(x -> x.message(Language.EN))
        .anyMatch(m -> m.contains("'missing'")).anyMatch(m -> m.contains("'b#nothing'"));
    assertThat(f).filteredOn(x -> x.code().equals("PLAN-C006")).extracting(x -> x.message(Language.EN))
        .containsExactlyInAnyOrder("Cycle of references: b → c → b", "Cycle of references: a#x → a#y → a#x");
  }

  @Test
  void traceabilityIndicatorsLinksAndHierarchy() {
    PlanElement focus = PlanElement.builder("io", ElementKind.FOCUS_AREA, "Klima")
        .sdgLink(SdgLink.of(GoalCode.of(13), SdgRole.PRIMARY)).build();
    PlanElement goal = PlanElement.builder("mal", ElementKind.MAIN_GOAL, "Kutte utslipp").parent("io")
        .sdgLink(SdgLink.of(GoalCode.of(13), SdgRole.PRIMARY)).build();
    PlanElement ind = PlanElement.builder("ind", ElementKind.INDICATOR, "Utslipp").parent("mal")
        .indicator(withTarget()).build();
    PlanElement odd = PlanElement.builder("sub", ElementKind.SUB_GOAL, "Skoler").parent("io")
        .sdgLink(SdgLink.of(GoalCode.of(4), SdgRole.PRIMARY)).build();
    Plan samfunnsdel = plan("sam", PlanKind.SOCIAL_ELEMENT).element(focus).element(goal).element(ind).element(odd)
        .build();
    PlanElement served = PlanElement.builder("t1", ElementKind.MEASURE, "Ladestasjoner").serves("sam#mal").build();
    PlanElement orphan = PlanElement.builder("t2", ElementKind.MEASURE, "Noe annet").build();
    Plan hp = plan("hp", PlanKind.ACTION_PLAN).element(served).element(orphan).build();
    List<Finding> f = check(samfunnsdel, hp);
    assertThat(f).filteredOn(x -> x.code().equals("PLAN-C004")).extracting(x -> x.elementId().orElseThrow())
        .containsExactly("t2");
    assertThat(f).filteredOn(x -> x.code().equals("PLAN-C003")).extracting(x -> x.elementId().orElseThrow())
        .containsExactly("sub");
    assertThat(f).filteredOn(x -> x.code().equals("PLAN-C007")).extracting(x -> x.elementId().orElseThrow())
        .containsExactly("sub");
    assertThat(f).filteredOn(x -> x.code().equals("PLAN-C013")).singleElement()
        .satisfies(x -> assertThat(x.message(Language.NB)).contains("Delmål 'Skoler' ligger under innsatsområde"));
    assertThat(codes(f)).doesNotContain("PLAN-C001", "PLAN-C002");
  }

  @Test
  void unknownIndicatorDefinitionsAreReported() {
    IndicatorDetails unknown = new IndicatorDetails(Optional.of("no-such-indicator"), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty());
    Plan p = plan("p", PlanKind.THEMATIC_PLAN)
        .element(PlanElement.builder("i", ElementKind.INDICATOR, "I").indicator(unknown).build()).build();
    assertThat(codes(check(p))).contains("PLAN-C012");
  }

  @Test
  void usersSwitchRulesOffChangeSeverityAndAddTheirOwn() {
    Plan p = plan("p", PlanKind.SOCIAL_ELEMENT)
        .element(PlanElement.builder("io", ElementKind.FOCUS_AREA, "Uten kobling").build()).build();
    CoherenceRule own = CoherenceRule.of("KOMMUNE-001", Severity.INFO, text("Egen", "Own"),
        text("Forklaring", "Explanation"),
        ctx -> ctx.chain().plans().forEach(x -> ctx.report(x.id(), null, text("hei", "hi"))));
    CoherenceChecker checker = CoherenceChecker.builder().disable("PLAN-C011")
        .severity("PLAN-C001", Severity.ERROR).add(own).build();
    List<Finding> f = checker.check(PlanChain.of(List.of(p)));
    assertThat(codes(f)).contains("PLAN-C001", "KOMMUNE-001").doesNotContain("PLAN-C011");
    assertThat(f).filteredOn(x -> x.code().equals("PLAN-C001")).allMatch(x -> x.severity() == Severity.ERROR);
    assertThat(checker.rules()).hasSize(StandardRules.all().size());
    assertThatThrownBy(() -> CoherenceChecker.builder().disable("PLAN-C999"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PLAN-C999");
    assertThat(StandardRules.all()).extracting(CoherenceRule::code).doesNotHaveDuplicates()
        .allMatch(c -> c.matches("PLAN-C0\\d\\d"));
    assertThat(StandardRules.all()).allSatisfy(r -> {
      assertThat(r.explanation().text(Language.NB)).isNotBlank();
      assertThat(r.explanation().text(Language.EN)).isNotBlank().isNotEqualTo(r.explanation().text(Language.NB));
    });
  }

  /** A user's own text in bokmål and English. */
  private static LocalizedText text(String nb, String en) {
    return LocalizedText.of(nb, null, en, "kommune");
  }
}
