package io.github.livskraft.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.testing.Gen;
import io.github.livskraft.testing.PropertyTest;
import org.junit.jupiter.api.Test;

class ElementRefTest {
  @Test
  void parsesLocalCrossPlanAndWholePlanReferences() {
    assertThat(ElementRef.parse("mal-1").planId()).isEmpty();
    ElementRef cross = ElementRef.parse("samfunnsdel#mal-1");
    assertThat(cross.planId()).contains("samfunnsdel");
    assertThat(cross.elementId()).isEqualTo("mal-1");
    assertThat(ElementRef.parse("samfunnsdel#").wholePlan()).isTrue();
    assertThat(ElementRef.parse("mal-1").resolveAgainst("hp")).isEqualTo(ElementRef.of("hp", "mal-1"));
    assertThat(cross.resolveAgainst("hp")).isEqualTo(cross);
  }

  @Test
  void rejectsMalformedReferencesNamingThem() {
    for (String bad : new String[] {"", "#x", "a#b#c", "  "}) {
      assertThatThrownBy(() -> ElementRef.parse(bad)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + bad + "'").hasMessageContaining("PLAN-A005")
          .isInstanceOfSatisfying(PlanArgumentException.class, e -> assertThat(
              e.getMessage(io.github.livskraft.sdg.Language.NB)).contains("Ugyldig elementreferanse '" + bad + "'"));
    }
  }

  @PropertyTest
  void toStringIsWhatParseAccepts(Gen g) {
    String plan = g.string(1, 20, Gen.ALPHA);
    String element = g.string(1, 20, Gen.ALPHA);
    ElementRef r = ElementRef.of(plan, element);
    assertThat(ElementRef.parse(r.toString())).isEqualTo(r);
  }
}
