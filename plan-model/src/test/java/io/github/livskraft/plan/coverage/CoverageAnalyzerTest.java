package io.github.livskraft.plan.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.plan.ElementKind;
import io.github.livskraft.plan.IndicatorDetails;
import io.github.livskraft.plan.IndicatorTarget;
import io.github.livskraft.plan.IndicatorValue;
import io.github.livskraft.plan.Owner;
import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.PlanChain;
import io.github.livskraft.plan.PlanElement;
import io.github.livskraft.plan.PlanKind;
import io.github.livskraft.plan.PlanStatus;
import io.github.livskraft.plan.SdgLink;
import io.github.livskraft.plan.SdgRole;
import io.github.livskraft.plan.io.PlanReader;
import io.github.livskraft.plan.io.PlanWriter;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.TargetCode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CoverageAnalyzerTest {
  static final List<GoalCode> REGION_PRIORITY = List.of(2, 3, 4, 9, 11, 13).stream().map(GoalCode::of).toList();

  static CoverageReport region() {
    return CoverageAnalyzer.create().analyse(PlanChain.of(PlanReader.create()
        .read(Path.of("../examples/plans/kongsbergregionen-strategi-2019.yaml")).document().plans()));
  }

  static IndicatorDetails indicator(BigDecimal target, boolean data) {
    return new IndicatorDetails(Optional.of("local:i"), Optional.empty(), Optional.empty(),
        data ? Optional.of(new IndicatorValue(2020, BigDecimal.ONE)) : Optional.empty(),
        Optional.of(new IndicatorTarget(2030, Optional.ofNullable(target), Optional.of("mål"))), List.of(),
        Optional.empty());
  }

  @Test
  void regionStrategyDeclaresTwoAndThirteenButNoElementFollowsThemUp() {
    CoverageReport r = region();
    assertThat(r.priorityGoals()).isEqualTo(REGION_PRIORITY);
    assertThat(r.gaps()).extracting(g -> g.goal().number()).containsExactly(2, 13, 3, 4, 11, 9);
    PriorityGap two = r.gaps().get(0);
    assertThat(two.depth()).isEqualTo(CoverageDepth.LINKED);
    assertThat(two.explanation().text(Language.EN)).isEqualTo("declared a priority, but no element follows it up");
    assertThat(r.goal(GoalCode.of(9)).elementCount()).isEqualTo(3);
    assertThat(r.target(TargetCode.parse("9.c")).orElseThrow().addressedBy()).singleElement()
        .satisfies(e -> assertThat(e.elementId()).contains("strategi-bredband"));
    assertThat(r.goal(GoalCode.of(17)).priority()).isFalse();
    assertThat(r.goal(GoalCode.of(17)).depth()).isEqualTo(CoverageDepth.LINKED);
    assertThat(r.goal(GoalCode.of(1)).depth()).isEqualTo(CoverageDepth.NONE);
    assertThat(r.addressedGoals()).extracting(GoalCode::number).containsExactly(2, 3, 4, 9, 11, 13, 17);
  }

  @Test
  void kongsbergIndicatorsRaiseDepthButHaveNoTargetValues() {
    CoverageReport r = CoverageAnalyzer.builder().priority(REGION_PRIORITY).build().analyse(PlanChain.of(
        PlanReader.create().read(Path.of("../examples/plans/kongsberg-kommuneplan.yaml")).document().plans()));
    assertThat(r.goal(GoalCode.of(13)).depth()).isEqualTo(CoverageDepth.HAS_INDICATOR);
    assertThat(r.goal(GoalCode.of(12)).depth()).isEqualTo(CoverageDepth.HAS_INDICATOR);
    assertThat(r.goal(GoalCode.of(8)).depth()).isEqualTo(CoverageDepth.LINKED);
    assertThat(r.goal(GoalCode.of(2)).depth()).isEqualTo(CoverageDepth.NONE);
    assertThat(r.toCsv()).contains(",\"Natur, miljø og bærekraftig utvikling\"\r\n");
    assertThat(r.gaps()).first().satisfies(g -> {
      assertThat(g.goal()).isEqualTo(GoalCode.of(2));
      assertThat(g.explanation().text(Language.NB)).isEqualTo("ikke dekket av noe element eller noen plan");
    });
  }

  @Test
  void depthLadderFollowsIndicatorsBelowAndAcrossPlans() {
    Owner o = Owner.municipality(MunicipalityCode.parse("3303"), "Kongsberg");
    Plan sam = Plan.builder("sam", PlanKind.SOCIAL_ELEMENT, "S").owner(o).status(PlanStatus.ADOPTED)
        .element(PlanElement.builder("a", ElementKind.MAIN_GOAL, "A").sdgLink(SdgLink.of(GoalCode.of(3), SdgRole.PRIMARY)).build())
        .element(PlanElement.builder("b", ElementKind.MAIN_GOAL, "B").sdgLink(SdgLink.of(GoalCode.of(4), SdgRole.PRIMARY)).build())
        .element(PlanElement.builder("c", ElementKind.MAIN_GOAL, "C").sdgLink(SdgLink.of(TargetCode.parse("13.2"), SdgRole.PRIMARY)).build())
        .element(PlanElement.builder("ia", ElementKind.INDICATOR, "IA").parent("a").indicator(indicator(BigDecimal.TEN, false)).build())
        .build();
    Plan hp = Plan.builder("hp", PlanKind.ACTION_PLAN, "H").owner(o).status(PlanStatus.ADOPTED)
        .element(PlanElement.builder("t", ElementKind.MEASURE, "T").serves("sam#b").build())
        .element(PlanElement.builder("it", ElementKind.INDICATOR, "IT").parent("t").indicator(indicator(BigDecimal.ONE, true)).build())
        .element(PlanElement.builder("ic", ElementKind.INDICATOR, "IC").serves("sam#c").indicator(indicator(null, false)).build())
        .build();
    CoverageReport r = CoverageAnalyzer.builder().priority(List.of(GoalCode.of(3), GoalCode.of(4))).build()
        .analyse(PlanChain.of(List.of(sam, hp)));
    assertThat(r.goal(GoalCode.of(3)).depth()).isEqualTo(CoverageDepth.HAS_TARGET_VALUE);
    assertThat(r.goal(GoalCode.of(4)).depth()).isEqualTo(CoverageDepth.HAS_DATA);
    assertThat(r.goal(GoalCode.of(13)).depth()).isEqualTo(CoverageDepth.HAS_INDICATOR);
    assertThat(r.gaps()).extracting(g -> g.goal().number()).containsExactly(3);
    CoverageReport probed = CoverageAnalyzer.builder().priority(List.of(GoalCode.of(3))).dataProbe(d -> true).build()
        .analyse(PlanChain.of(List.of(sam, hp)));
    assertThat(probed.goal(GoalCode.of(3)).depth()).isEqualTo(CoverageDepth.HAS_DATA);
    assertThat(probed.gaps()).isEmpty();
    assertThat(probed.toText(Language.NB)).contains("ingen hull");
  }

  @Test
  void rendersTextCsvAndJson() throws Exception {
    CoverageReport r = region();
    String en = r.toText(Language.EN);
    assertThat(en).contains("goals addressed: 7 / 17").contains("Priority goals (*): 2, 3, 4, 9, 11, 13")
        .contains("declared a priority, but no element follows it up");
    assertThat(r.toText(Language.NB)).contains("mål som dekkes: 7 / 17").contains("valgt som prioritet");
    String csv = r.toCsv();
    String[] lines = csv.split("\r\n");
    assertThat(lines[0]).isEqualTo("goal,priority,goal_depth,target,plan,element,element_kind,role,provenance,link_depth,title");
    assertThat(lines).anyMatch(l -> l.startsWith("9,true,LINKED,9.c,kongsbergregionen-strategi-2019,strategi-bredband,STRATEGY,PRIMARY,MANUAL,LINKED,"));
    assertThat(lines).anyMatch(l -> l.equals("1,false,NONE,,,,,,,,"));
    assertThat(csv).contains(",Kommunikasjon / infrastruktur / samferdsel\r\n").doesNotContain("\n\n");
    JsonNode json = new ObjectMapper().readTree(PlanWriter.create().writeJson(r));
    assertThat(json.get("goals")).hasSize(17);
    assertThat(json.get("gaps").get(0).get("goal").asInt()).isEqualTo(2);
    assertThat(json.get("goals").get(8).get("targets").get(0).get("target").asText()).isEqualTo("9.1");
  }
}
