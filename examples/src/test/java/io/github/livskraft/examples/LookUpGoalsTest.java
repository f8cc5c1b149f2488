package io.github.livskraft.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LookUpGoalsTest {
  @Test
  void printsGoalAndTargetInBothLanguages() throws Exception {
    String out = ExampleRunner.run(LookUpGoals::main);
    assertThat(out).contains("Goal 11 (#FD9D24)")
        .contains("en: Make cities and human settlements inclusive, safe, resilient and sustainable")
        .containsPattern("nb: .*byer")
        .contains("10 targets")
        .contains("Target 11.6")
        .containsPattern("Search 'avfall' \\(nb\\):\\R  \\d");
  }
}
