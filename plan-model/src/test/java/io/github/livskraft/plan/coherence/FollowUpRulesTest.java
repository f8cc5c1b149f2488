package io.github.livskraft.plan.coherence;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.plan.ElementKind;
import io.github.livskraft.plan.Finding;
import io.github.livskraft.plan.FollowUpEntry;
import io.github.livskraft.plan.FollowUpStatus;
import io.github.livskraft.plan.MeasureDetails;
import io.github.livskraft.plan.MeasureStatus;
import io.github.livskraft.plan.Owner;
import io.github.livskraft.plan.Period;
import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.PlanChain;
import io.github.livskraft.plan.PlanElement;
import io.github.livskraft.plan.PlanKind;
import io.github.livskraft.plan.PlanStatus;
import io.github.livskraft.plan.ReportedValue;
import io.github.livskraft.plan.ReportingPeriod;
import io.github.livskraft.plan.io.PlanReader;
import io.github.livskraft.plan.ElementRef;
import io.github.livskraft.sdg.Language;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PLAN-C014, C015 and C016 on good and bad chains, and on the example files. */
class FollowUpRulesTest {
  static final Owner OWNER = Owner.municipality(MunicipalityCode.parse("3303"), "Kongsberg");
  static final Owner OTHER = Owner.municipality(MunicipalityCode.parse("3301"), "Drammen");

  static List<Finding> check(String code, Plan... plans) {
    return CoherenceChecker.create().check(PlanChain.of(List.of(plans))).stream()
        .filter(f -> f.code().equals(code)).toList();
  }

  static PlanElement measure(String id, Optional<Period> period, MeasureStatus status, FollowUpEntry... entries) {
    PlanElement.Builder b = PlanElement.builder(id, ElementKind.MEASURE, "Tiltak " + id)
        .measure(new MeasureDetails(Optional.empty(), period, Optional.empty(), status));
    for (FollowUpEntry e : entries) {
      b.followUp(e);
    }
    return b.build();
  }

  static Plan programme(Owner owner, PlanElement... measures) {
    Plan.Builder b = Plan.builder("hp", PlanKind.ACTION_PROGRAMME, "Handlingsprogram").owner(owner)
        .status(PlanStatus.ADOPTED).validity(Period.of(2025, 2028));
    for (PlanElement m : measures) {
      b.element(m);
    }
    return b.build();
  }

  static Plan report(Owner owner, int year) {
    return Plan.builder("ar-" + year, PlanKind.ACTIVITY_REPORT, "Årsrapport " + year).owner(owner)
        .status(PlanStatus.ADOPTED).validity(Period.of(year, year)).build();
  }

  @Test
  void c014MeasureWithoutStatusInTheAnnualReport() {
    FollowUpEntry year = FollowUpEntry.of(ReportingPeriod.year(2025), FollowUpStatus.ON_TRACK);
    FollowUpEntry tertial = FollowUpEntry.of(ReportingPeriod.tertial(2025, 2), FollowUpStatus.ON_TRACK);
    Plan hp = programme(OWNER,
        measure("med-status", Optional.empty(), MeasureStatus.ONGOING, year),
        measure("bare-tertial", Optional.empty(), MeasureStatus.ONGOING, tertial),
        measure("avlyst", Optional.empty(), MeasureStatus.CANCELLED),
        measure("senere", Optional.of(Period.of(2027, 2028)), MeasureStatus.PLANNED),
        measure("mangler", Optional.of(Period.of(2025, 2026)), MeasureStatus.ONGOING));
    List<Finding> f = check("PLAN-C014", hp, report(OWNER, 2025));
    assertThat(f).extracting(x -> x.elementId().orElseThrow()).containsExactly("bare-tertial", "mangler");
    assertThat(f.get(1).message(Language.EN)).isEqualTo(
        "Measure 'Tiltak mangler' in 'Handlingsprogram' has no status for 2025 in the annual report 'Årsrapport 2025'");
    assertThat(f.get(1).message(Language.NB)).contains("har ingen status for 2025 i årsrapporten");
    assertThat(f.get(1).message(Language.NN)).contains("Tiltaket 'Tiltak mangler'");
    // another owner's report, or a report without a year, asks nothing
    assertThat(check("PLAN-C014", hp, report(OTHER, 2025))).isEmpty();
    assertThat(check("PLAN-C014", hp, Plan.builder("ar", PlanKind.ACTIVITY_REPORT, "Årsrapport").owner(OWNER)
        .status(PlanStatus.ADOPTED).build())).isEmpty();
    // a tertial entry that names the report counts
    FollowUpEntry named = new FollowUpEntry(ReportingPeriod.tertial(2025, 3), FollowUpStatus.ON_TRACK,
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.of("ar-2025"));
    assertThat(check("PLAN-C014", programme(OWNER, measure("m", Optional.empty(), MeasureStatus.ONGOING, named)),
        report(OWNER, 2025))).isEmpty();
  }

  @Test
  void c015FocusAreaThatNeverReachesTheFinancialPlan() {
    Plan samfunnsdel = Plan.builder("sd", PlanKind.SOCIAL_ELEMENT, "Samfunnsdel").owner(OWNER)
        .status(PlanStatus.ADOPTED)
        .element(PlanElement.builder("io-a", ElementKind.FOCUS_AREA, "A").build())
        .element(PlanElement.builder("mal-a", ElementKind.MAIN_GOAL, "Mål A").parent("io-a").build())
        .element(PlanElement.builder("io-b", ElementKind.FOCUS_AREA, "B").build()).build();
    Plan hp = Plan.builder("hp", PlanKind.ACTION_PROGRAMME, "Handlingsprogram").owner(OWNER)
        .status(PlanStatus.ADOPTED).validity(Period.of(2025, 2028))
        .element(PlanElement.builder("t", ElementKind.MEASURE, "T").serves("sd#mal-a").build()).build();
    List<Finding> f = check("PLAN-C015", samfunnsdel, hp);
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.elementId()).contains("io-b");
      assertThat(x.message(Language.EN)).contains("never reaches the financial plan").contains("'Handlingsprogram'");
    });
    // without any financial plan of the owner the rule cannot judge, and stays silent
    assertThat(check("PLAN-C015", samfunnsdel)).isEmpty();
    assertThat(check("PLAN-C015", samfunnsdel, programme(OTHER))).isEmpty();
  }

  static PlanElement goal(String id, FollowUpEntry... entries) {
    PlanElement.Builder b = PlanElement.builder(id, ElementKind.MAIN_GOAL, "Mål " + id);
    for (FollowUpEntry e : entries) {
      b.followUp(e);
    }
    return b.build();
  }

  static FollowUpEntry withValue(int year) {
    return new FollowUpEntry(ReportingPeriod.year(year), FollowUpStatus.ON_TRACK, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), List.of(new ReportedValue(ElementRef.parse("ind"), BigDecimal.ONE,
            Optional.empty(), Optional.empty())), Optional.empty());
  }

  @ParameterizedTest
  @ValueSource(ints = {2023, 2024, 2025})
  void c016GoalFollowedUpWithoutIndicatorForTwoYears(int valueYear) {
    // follow-up exists for 2023, 2024 and 2025: the window is 2024–2025
    Plan p = Plan.builder("sd", PlanKind.SOCIAL_ELEMENT, "Samfunnsdel").owner(OWNER).status(PlanStatus.ADOPTED)
        .element(goal("uten", FollowUpEntry.of(ReportingPeriod.year(2023), FollowUpStatus.ON_TRACK),
            FollowUpEntry.of(ReportingPeriod.year(2024), FollowUpStatus.ON_TRACK),
            FollowUpEntry.of(ReportingPeriod.year(2025), FollowUpStatus.ON_TRACK)))
        .element(goal("med", withValue(valueYear))).build();
    List<Finding> f = check("PLAN-C016", p);
    List<String> expected = valueYear >= 2024 ? List.of("uten") : List.of("uten", "med");
    assertThat(f).extracting(x -> x.elementId().orElseThrow()).containsExactlyElementsOf(expected);
    assertThat(f.get(0).message(Language.NB)).contains("2024–2025").contains("uten noen indikatorverdi");
  }

  @Test
  void c016IsSilentWithLessThanTwoYearsOfFollowUp() {
    Plan p = Plan.builder("sd", PlanKind.SOCIAL_ELEMENT, "Samfunnsdel").owner(OWNER).status(PlanStatus.ADOPTED)
        .element(goal("uten", FollowUpEntry.of(ReportingPeriod.year(2025), FollowUpStatus.ON_TRACK))).build();
    assertThat(check("PLAN-C016", p)).isEmpty();
  }

  @Test
  void theIllustrativeFileIsCleanAndKongsbergShowsItsHonestGap() {
    List<Finding> illustrative = CoherenceChecker.create().check(List.of(PlanReader.create()
        .read(Path.of("../examples/plans/illustrasjon-oppfolging-2025.yaml"))));
    assertThat(illustrative).filteredOn(x -> x.code().compareTo("PLAN-C014") >= 0).isEmpty();
    List<Finding> kongsberg = CoherenceChecker.create().check(List.of(PlanReader.create()
        .read(Path.of("../examples/plans/kongsberg-kommuneplan.yaml"))));
    assertThat(kongsberg).filteredOn(x -> x.code().equals("PLAN-C014") || x.code().equals("PLAN-C016")).isEmpty();
  }
}
