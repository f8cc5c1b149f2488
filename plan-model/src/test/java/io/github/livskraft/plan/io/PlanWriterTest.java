package io.github.livskraft.plan.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.indicators.Direction;
import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.plan.Cost;
import io.github.livskraft.plan.ElementKind;
import io.github.livskraft.plan.ElementRef;
import io.github.livskraft.plan.IndicatorDetails;
import io.github.livskraft.plan.IndicatorTarget;
import io.github.livskraft.plan.IndicatorValue;
import io.github.livskraft.plan.LinkProvenance;
import io.github.livskraft.plan.MeasureDetails;
import io.github.livskraft.plan.MeasureStatus;
import io.github.livskraft.plan.Milestone;
import io.github.livskraft.plan.Owner;
import io.github.livskraft.plan.Period;
import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.PlanDocument;
import io.github.livskraft.plan.PlanElement;
import io.github.livskraft.plan.PlanKind;
import io.github.livskraft.plan.PlanStatus;
import io.github.livskraft.plan.SdgLink;
import io.github.livskraft.plan.SdgRole;
import io.github.livskraft.plan.StatusChange;
import io.github.livskraft.plan.validation.PlanValidator;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.TargetCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every serialised type with every optional part filled survives YAML and JSON unchanged. */
class PlanWriterTest {
  static PlanDocument full() {
    IndicatorDetails indicator = new IndicatorDetails(Optional.of("local:utslipp"), Optional.of("tonn CO2e"),
        Optional.of(Direction.LOWER_IS_BETTER), Optional.of(new IndicatorValue(2009, new BigDecimal("4.75"))),
        Optional.of(new IndicatorTarget(2030, Optional.of(new BigDecimal("2.10")), Optional.of("halvere"))),
        List.of(new IndicatorValue(2020, new BigDecimal("3.9")), new IndicatorValue(2021, new BigDecimal("3.80"))),
        Optional.of("SSB tabell 13633"));
    MeasureDetails measure = new MeasureDetails(Optional.of("Samfunnsutvikling"), Optional.of(Period.of(2025, 2028)),
        Optional.of(new Cost(new BigDecimal("1500000"), "NOK", Optional.of("per år"))), MeasureStatus.ONGOING);
    SdgLink rule = SdgLink.of(TargetCode.parse("17.10"), SdgRole.SECONDARY).withRationale("«sitat», med: kolon")
        .withProvenance(LinkProvenance.ACCEPTED_SUGGESTION, List.of("nb.17.x", "nb.17.y"), Optional.of(0.625));
    Plan plan = Plan.builder("hp-2025", PlanKind.ACTION_PROGRAMME, "Handlingsprogram 2025–2028")
        .description("Linje 1\nLinje 2: «sitat»")
        .owner(Owner.municipality(MunicipalityCode.parse("3303"), "Kongsberg"))
        .owner(Owner.region("Kongsbergregionen", List.of(MunicipalityCode.parse("3303"), MunicipalityCode.parse("4020"))))
        .adoptingBody("kommunestyret")
        .statusChange(new StatusChange(PlanStatus.CONSULTATION, LocalDate.of(2024, 10, 1),
            Optional.of(LocalDate.of(2024, 11, 1)), Optional.of("sak 12/24")))
        .statusChange(StatusChange.of(PlanStatus.ADOPTED, LocalDate.of(2024, 12, 12)))
        .validity(Period.of(2025, 2028)).councilConstituted(LocalDate.of(2023, 10, 19))
        .buildsOn("samfunnsdel").replaces("hp-2024").priorityGoal(GoalCode.of(11)).priorityGoal(GoalCode.of(13))
        .sdgLink(SdgLink.of(GoalCode.of(11), SdgRole.PRIMARY)).source("https://example.org/plan")
        .element(PlanElement.builder("t1", ElementKind.MEASURE, "Ladestasjoner").description("0604")
            .serves("samfunnsdel#mal-1").serves("t0").sdgLink(rule).measure(measure).build())
        .element(PlanElement.builder("i1", ElementKind.INDICATOR, "Utslipp").parent("t1").indicator(indicator).build())
        .element(PlanElement.builder("t0", ElementKind.MEASURE, "Plan").parent("t1")
            .measure(new MeasureDetails(Optional.empty(), Optional.of(Period.from(2025)), Optional.empty(), null))
            .build())
        .milestone(new Milestone("ms-1", "Formannskapet", Optional.empty(), Optional.of(YearMonth.of(2024, 11)),
            Optional.of(LocalDate.of(2024, 11, 20)), Optional.of("formannskapet"),
            List.of(ElementRef.parse("t1"), ElementRef.parse("samfunnsdel#"))))
        .build();
    return PlanDocument.of(List.of(plan));
  }

  @Test
  void everyTypeRoundTripsThroughYamlAndJson() {
    PlanDocument doc = full();
    PlanWriter w = PlanWriter.create();
    PlanReader r = PlanReader.create();
    for (PlanFormat f : PlanFormat.values()) {
      String text = w.write(doc, f);
      PlanDocument back = r.read("x." + f.name().toLowerCase(java.util.Locale.ROOT), text, f).document();
      assertThat(back).as(f + ":\n" + text).isEqualTo(doc);
    }
  }

  @Test
  void writesCompactReadableYaml() {
    String yaml = PlanWriter.create().write(full(), PlanFormat.YAML);
    assertThat(yaml).contains("target: \"17.10\"").contains("- \"3303\"").contains("2024-12-12")
        .contains("month:").doesNotContain("null").doesNotContain("[]").doesNotContain("Optional");
    assertThat(PlanValidator.create().validate(full())).extracting(io.github.livskraft.plan.Finding::code)
        .as("an open-ended tiltak period inside a closed plan period").containsExactly("PLAN-V022");
  }
}
