package io.github.livskraft.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.sdg.Language;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanMessageTest {
  @Test
  void codesAreUniqueAndStable() {
    assertThat(Arrays.stream(PlanMessage.values()).map(PlanMessage::code)).doesNotHaveDuplicates()
        .allMatch(c -> c.matches("PLAN-[VC]\\d{3}"));
    assertThat(Arrays.stream(PlanMessage.values()))
        .allSatisfy(m -> assertThat(m.code()).endsWith(m.name().substring(1)));
    assertThat(PlanMessage.forCode("PLAN-V020")).contains(PlanMessage.V020);
    assertThat(PlanMessage.forCode("PLAN-X999")).isEmpty();
  }

  @Test
  void everyMessageHasDistinctNorwegianAndEnglishText() {
    for (PlanMessage m : PlanMessage.values()) {
      assertThat(m.templateNb()).as(m.code()).isNotBlank().isNotEqualTo(m.templateEn());
    }
  }

  @Test
  void fillsNamedParametersAndFallsBackFromNynorskToBokmal() {
    var t = PlanMessage.V020.format(Map.of("value", "2030–2026"));
    assertThat(t.in(Language.EN)).isEqualTo("Period 2030–2026 ends before it starts");
    assertThat(t.in(Language.NB)).isEqualTo("Perioden 2030–2026 slutter før den begynner");
    assertThat(t.in(Language.NN)).isEqualTo("Perioden 2030–2026 sluttar før han byrjar");
    var noNn = PlanMessage.V040.format(Map.of("value", "X", "expected", "e", "expectedNb", "f"));
    assertThat(noNn.in(Language.NN)).isEqualTo(noNn.in(Language.NB)).isEqualTo("Eier 'X': f");
    assertThat(PlanMessage.fill("{a} ''{b}'' {c}", Map.of("a", 1, "b", "x"))).isEqualTo("1 'x' {c}");
  }
}
