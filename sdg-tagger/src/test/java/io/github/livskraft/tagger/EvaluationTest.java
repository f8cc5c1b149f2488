package io.github.livskraft.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.livskraft.sdg.GoalCode;
import org.junit.jupiter.api.Test;

class EvaluationTest {
  @Test
  void countsAndRatios() {
    Evaluation e = Evaluation.builder()
        .add(GoalCode.of(1), true, true).add(GoalCode.of(1), true, false).add(GoalCode.of(1), false, true)
        .add(GoalCode.of(1), false, false).add(GoalCode.of(2), true, true).build();
    Evaluation.Counts one = e.perGoal().get(GoalCode.of(1));
    assertThat(one).isEqualTo(new Evaluation.Counts(1, 1, 1, 1));
    assertThat(one.accuracy()).isEqualTo(0.5);
    assertThat(one.precision()).isEqualTo(0.5);
    assertThat(one.recall()).isEqualTo(0.5);
    assertThat(one.f1()).isEqualTo(0.5);
    assertThat(e.overall()).isEqualTo(new Evaluation.Counts(2, 1, 1, 1));
    assertThat(e.overall().accuracy()).isCloseTo(0.6, within(1e-12));
    assertThat(e.macroAccuracy()).isCloseTo(0.75, within(1e-12));
    assertThat(e.perGoal().get(GoalCode.of(2)).precision()).isEqualTo(1.0);
  }

  @Test
  void undefinedRatiosAreNaN() {
    Evaluation.Counts c = new Evaluation.Counts(0, 0, 3, 0);
    assertThat(c.precision()).isNaN();
    assertThat(c.recall()).isNaN();
    assertThat(c.accuracy()).isEqualTo(1.0);
    assertThat(Evaluation.builder().build().macroAccuracy()).isNaN();
  }
}
