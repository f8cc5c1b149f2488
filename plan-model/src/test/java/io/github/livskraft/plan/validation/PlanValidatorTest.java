package io.github.livskraft.plan.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.plan.ElementKind;
import io.github.livskraft.plan.Finding;
import io.github.livskraft.plan.LinkProvenance;
import io.github.livskraft.plan.MeasureDetails;
import io.github.livskraft.plan.MeasureStatus;
import io.github.livskraft.plan.Owner;
import io.github.livskraft.plan.Period;
import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.PlanDocument;
import io.github.livskraft.plan.PlanElement;
import io.github.livskraft.plan.PlanKind;
import io.github.livskraft.plan.PlanStatus;
import io.github.livskraft.plan.PlanValidationException;
import io.github.livskraft.plan.SdgLink;
import io.github.livskraft.plan.SdgRole;
import io.github.livskraft.plan.Severity;
import io.github.livskraft.plan.StatusChange;
import io.github.livskraft.plan.io.LoadedPlanDocument;
import io.github.livskraft.plan.io.PlanFormat;
import io.github.livskraft.plan.io.PlanReader;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.TargetCode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanValidatorTest {
  static final PlanValidator VALIDATOR = PlanValidator.create();

  static Plan.Builder minimal() {
    return Plan.builder("p", PlanKind.SOCIAL_ELEMENT, "Samfunnsdel")
        .owner(Owner.municipality(MunicipalityCode.parse("0604"), "Kongsberg"))
        .status(PlanStatus.ADOPTED).validity(Period.of(2009, 2020));
  }

  static List<String> codes(List<Finding> findings) {
    return findings.stream().map(Finding::code).toList();
  }

  @Test
  void theExamplePlansAreValid() {
    for (String f : new String[] {"kongsberg-kommuneplan.yaml", "kongsbergregionen-strategi-2019.yaml"}) {
      LoadedPlanDocument doc = PlanReader.create().read(Path.of("../examples/plans", f));
      assertThat(VALIDATOR.validate(doc)).as(f).isEmpty();
    }
  }

  @Test
  void aMinimalPlanIsValid() {
    assertThat(VALIDATOR.validate(minimal().build())).isEmpty();
  }

  @Test
  void unknownSdgTargetIsReportedWithFileLineAndPath() {
    String yaml = """
        formatVersion: "1.0"
        plans:
          - id: p
            kind: THEMATIC_PLAN
            title: Klimaplan
            status: DRAFT
            owners: [{kind: MUNICIPALITY, name: Kongsberg, municipality: "3303"}]
            elements:
              - id: e1
                kind: GOAL
                title: Kutte utslipp
                sdgLinks:
                  - target: "13.9"
        """;
    List<Finding> findings = VALIDATOR.validate(PlanReader.create().read("klima.yaml", yaml, PlanFormat.YAML));
    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.code()).isEqualTo("PLAN-V010");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.path()).isEqualTo("$.plans[0].elements[0].sdgLinks[0].target");
    assertThat(f.planId()).contains("p");
    assertThat(f.elementId()).contains("e1");
    assertThat(f.location().orElseThrow().line()).isEqualTo(13);
    assertThat(f.message(Language.EN)).contains("13.9").contains("does not exist");
    assertThat(f.message(Language.NB)).contains("13.9").contains("finnes ikke");
    assertThat(f.message(Language.NN)).contains("finst ikkje");
    assertThat(f.format(Language.EN)).startsWith("klima.yaml:13:").contains("PLAN-V010");
  }

  @Test
  void kommunenummerMustBeValidInThePlansFirstYear() {
    Plan p = minimal().owner(Owner.municipality(MunicipalityCode.parse("3303"), "Kongsberg")).build();
    List<Finding> f = VALIDATOR.validate(p);
    assertThat(codes(f)).containsExactly("PLAN-V041");
    assertThat(f.get(0).path()).isEqualTo("$.plans[0].owners[1].municipality");
    assertThat(f.get(0).message(Language.EN)).contains("3303").contains("2009").contains("2024");
    Plan region = minimal().owner(Owner.region("Region", List.of(MunicipalityCode.parse("3006")))).build();
    assertThat(codes(VALIDATOR.validate(region))).containsExactly("PLAN-V041");
    Plan laterPlan = minimal().validity(Period.of(2024, 2027)).build();
    assertThat(codes(VALIDATOR.validate(laterPlan))).containsExactly("PLAN-V041");
  }

  @Test
  void periodsMustBeConsistent() {
    assertThat(codes(VALIDATOR.validate(minimal().validity(Period.of(2019, 2012)).build())))
        .containsExactly("PLAN-V020");
    assertThat(codes(VALIDATOR.validate(minimal().validity(Period.of(20, 2012)).build())))
        .containsExactly("PLAN-V021");
    PlanElement late = PlanElement.builder("t", ElementKind.MEASURE, "Tiltak")
        .measure(new MeasureDetails(Optional.empty(), Optional.of(Period.of(2019, 2024)), Optional.empty(),
            MeasureStatus.PLANNED)).build();
    List<Finding> f = VALIDATOR.validate(minimal().element(late).build());
    assertThat(codes(f)).containsExactly("PLAN-V022");
    assertThat(f.get(0).elementId()).contains("t");
  }

  @Test
  void datesMustBeInOrderAndAgreeWithStatus() {
    Plan unordered = minimal()
        .statusChange(StatusChange.of(PlanStatus.CONSULTATION, LocalDate.of(2019, 5, 15)))
        .statusChange(StatusChange.of(PlanStatus.DRAFT, LocalDate.of(2019, 3, 1)))
        .build();
    assertThat(codes(VALIDATOR.validate(unordered))).containsExactly("PLAN-V030");
    Plan disagree = minimal().statusChange(StatusChange.of(PlanStatus.CONSULTATION, LocalDate.of(2019, 5, 15)))
        .status(PlanStatus.ADOPTED).build();
    assertThat(codes(VALIDATOR.validate(disagree))).containsExactly("PLAN-V033");
    Plan badConsultation = minimal().statusChange(new StatusChange(PlanStatus.CONSULTATION,
        LocalDate.of(2019, 7, 1), Optional.of(LocalDate.of(2019, 5, 15)), Optional.empty())).build();
    assertThat(codes(VALIDATOR.validate(badConsultation))).containsExactly("PLAN-V031");
  }

  @Test
  void structuralRules() {
    PlanElement goalWithMeasure = PlanElement.builder("g", ElementKind.GOAL, "Mål")
        .measure(new MeasureDetails(Optional.empty(), Optional.empty(), Optional.empty(), null)).build();
    PlanElement dup = PlanElement.builder("g", ElementKind.STRATEGY, "Strategi").build();
    PlanElement badId = PlanElement.builder("æ id", ElementKind.STRATEGY, " ").build();
    List<Finding> f = VALIDATOR.validate(minimal().element(goalWithMeasure).element(dup).element(badId).build());
    assertThat(codes(f)).containsExactlyInAnyOrder("PLAN-V050", "PLAN-V003", "PLAN-V002", "PLAN-V001");
    Finding blank = f.stream().filter(x -> x.code().equals("PLAN-V001")).findFirst().orElseThrow();
    assertThat(blank.message(Language.EN)).isEqualTo("title must not be blank");
    assertThat(blank.message(Language.NB)).isEqualTo("title kan ikke være tom");
  }

  @Test
  void suggestedLinksMustBeAcceptedAndRuleLinksNameTheirRule() {
    SdgLink suggested = SdgLink.of(TargetCode.parse("11.6"), SdgRole.PRIMARY)
        .withProvenance(LinkProvenance.SUGGESTED, List.of("nb.11.avfall"), Optional.of(0.8));
    SdgLink rule = SdgLink.of(TargetCode.parse("11.6"), SdgRole.PRIMARY)
        .withProvenance(LinkProvenance.RULE, List.of(), Optional.of(1.5));
    assertThat(codes(VALIDATOR.validate(minimal().sdgLink(suggested).build()))).containsExactly("PLAN-V013");
    assertThat(codes(VALIDATOR.validate(minimal().sdgLink(rule).build()))).containsExactly("PLAN-V011");
  }

  @Test
  void ownersAndFormatVersion() {
    Plan noOwner = Plan.builder("p", PlanKind.REGIONAL_PLAN, "Plan").build();
    assertThat(codes(VALIDATOR.validate(noOwner))).containsExactly("PLAN-V042");
    Plan emptyRegion = minimal().owner(Owner.region("Kongsbergregionen", List.of())).build();
    List<Finding> f = VALIDATOR.validate(emptyRegion);
    assertThat(codes(f)).containsExactly("PLAN-V040");
    assertThat(f.get(0).message(Language.NB)).isEqualTo(
        "Eier 'Kongsbergregionen': en region eller et nettverk trenger medlemskommunene i 'members'");
    assertThat(f.get(0).message(Language.NN)).isEqualTo(
        "Eigar 'Kongsbergregionen': ein region eller eit nettverk treng medlemskommunane i 'members'");
    assertThat(f.get(0).message(Language.EN)).isEqualTo(
        "Owner 'Kongsbergregionen': a region or network needs its member municipalities in 'members'");
    PlanDocument twice = new PlanDocument("7.0", List.of(minimal().build(), minimal().build()));
    assertThat(codes(VALIDATOR.validate(twice))).containsExactlyInAnyOrder("PLAN-V005", "PLAN-V004");
    assertThatThrownBy(() -> VALIDATOR.requireValid(twice)).isInstanceOf(PlanValidationException.class)
        .hasMessageContaining("PLAN-V004");
  }

  @Test
  void theRawBeanValidatorInterpolatesWithoutExpressionLanguage() {
    var violations = VALIDATOR.beanValidator().validate(minimal().validity(Period.of(2019, 2012)).build());
    assertThat(violations).hasSize(1);
    assertThat(violations.iterator().next().getMessage()).isEqualTo("PLAN-V020: Period 2019–2012 ends before it starts");
  }
}
