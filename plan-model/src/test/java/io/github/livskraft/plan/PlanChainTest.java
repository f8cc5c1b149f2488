package io.github.livskraft.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanChainTest {
  static final Plan SAM = Plan.builder("sam", PlanKind.SOCIAL_ELEMENT, "S").status(PlanStatus.ADOPTED)
      .element(PlanElement.builder("io", ElementKind.FOCUS_AREA, "IO").build())
      .element(PlanElement.builder("mal", ElementKind.MAIN_GOAL, "M").parent("io").build()).build();
  static final Plan HP = Plan.builder("hp", PlanKind.ACTION_PROGRAMME, "H").status(PlanStatus.ADOPTED)
      .element(PlanElement.builder("t", ElementKind.MEASURE, "T").serves("sam#mal").build()).build();

  @Test
  void indexesChildrenAndServingElementsAcrossPlans() {
    PlanChain c = PlanChain.of(List.of(SAM, HP));
    assertThat(c.elementCount()).isEqualTo(3);
    assertThat(c.children(ElementRef.of("sam", "io"))).containsExactly(ElementRef.of("sam", "mal"));
    assertThat(c.servedBy(ElementRef.of("sam", "mal"))).containsExactly(ElementRef.of("hp", "t"));
    assertThat(c.parentOf(ElementRef.of("sam", "mal"))).contains(ElementRef.of("sam", "io"));
    assertThat(c.findElement(ElementRef.of("hp", "t")).orElseThrow().title()).isEqualTo("T");
    assertThat(c.findPlan("nope")).isEmpty();
    assertThatThrownBy(() -> c.getPlan("nope")).isInstanceOf(PlanModelException.class).hasMessageContaining("nope");
  }

  @Test
  void buildersRoundTripThroughToBuilder() {
    assertThat(SAM.toBuilder().build()).isEqualTo(SAM);
    PlanElement e = HP.elements().get(0);
    assertThat(e.toBuilder().build()).isEqualTo(e);
  }
}
