package io.github.livskraft.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.TargetCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SdgLinkTest {
  @Test
  void targetImpliesGoalAndDefaultsArePrimaryManual() {
    SdgLink l = new SdgLink(null, Optional.of(TargetCode.parse("11.6")), null, null, null, null, null);
    assertThat(l.goal()).isEqualTo(GoalCode.of(11));
    assertThat(l.role()).isEqualTo(SdgRole.PRIMARY);
    assertThat(l.provenance()).isEqualTo(LinkProvenance.MANUAL);
    assertThat(l.code()).isEqualTo("11.6");
    assertThat(SdgLink.of(GoalCode.of(3), SdgRole.SECONDARY).code()).isEqualTo("3");
  }

  @Test
  void targetMustBelongToGoalAndOneOfThemIsRequired() {
    assertThatThrownBy(() -> new SdgLink(GoalCode.of(3), Optional.of(TargetCode.parse("11.6")), null, null, null,
        null, null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("11.6").hasMessageContaining("3");
    assertThatThrownBy(() -> new SdgLink(null, Optional.empty(), null, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withersKeepTheRest() {
    SdgLink l = SdgLink.of(TargetCode.parse("13.2"), SdgRole.PRIMARY).withRationale("Klima")
        .withProvenance(LinkProvenance.RULE, List.of("nb.13.klima"), Optional.of(0.7));
    assertThat(l.rationale()).contains("Klima");
    assertThat(l.ruleIds()).containsExactly("nb.13.klima");
    assertThat(l.target()).contains(TargetCode.parse("13.2"));
  }
}
