package io.github.livskraft.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Runs every example's main() and checks what it prints, so that none rots. */
class ExamplesTest {
  @Test
  void loadKongsbergPlan() throws Exception {
    String out = ExampleRunner.run(LoadKongsbergPlan::main);
    assertThat(out).contains("kommuneplanens samfunnsdel: Kommuneplanen for Kongsberg – samfunnsdelen")
        .contains("Validation findings: 0")
        .containsPattern("Coherence findings: [1-9]\\d*")
        .contains("PLAN-C0");
  }

  @Test
  void coverageAndGaps() throws Exception {
    String out = ExampleRunner.run(CoverageAndGaps::main);
    assertThat(out).contains("Priority goals: [2, 3, 4, 9, 11, 13]")
        .containsPattern("Gap: goal 2 \\(")
        .contains("Utrydde sult")
        .containsPattern("mål som dekkes: \\d+ / 17");
  }

  @Test
  void tagParagraph() throws Exception {
    String out = ExampleRunner.run(TagParagraph::main);
    assertThat(out).containsPattern("Goal 12 +score")
        .containsPattern("Goal 13 +score")
        .contains("'klimagassutslipp'")
        .contains("Target 12.5");
  }

  @Test
  void tagParagraphTakesOwnText() throws Exception {
    String out = ExampleRunner.run(TagParagraph::main, "Kommunen skal bygge ut fiber og mobilnett i hele regionen.");
    assertThat(out).contains("Text: Kommunen skal bygge ut fiber").doesNotContain("Goal 13 ");
  }

  @Test
  void readKostraJsonStat() throws Exception {
    String out = ExampleRunner.run(ReadKostraJsonStat::main);
    assertThat(out).contains("1250 cells")
        .contains("2015  (no value)  status: not applicable '.'")
        .contains("2020  419,480  status: published")
        .contains("2015  65,522,467")
        .contains("Indicator: annual growth of Landet 2015-2020: +3.6 %")
        .contains("Confidential cells kept as ':' : 85")
        .contains("Kilde: Statistisk sentralbyrå, CC BY 4.0");
  }

  @Test
  void regionalAggregation() throws Exception {
    String out = ExampleRunner.run(RegionalAggregation::main);
    // Kongsberg's 2015 figure was published under 0604, its 2020 figure under 3006
    assertThat(out).contains("3303 {2015=88.1").contains("2020=92.1")
        .contains("Kongsbergregionen (population-weighted):")
        .contains("2015  85.2 %")
        .contains("2023  90.2 %");
  }

  @Test
  void progressToTarget() throws Exception {
    String out = ExampleRunner.run(ProgressToTarget::main);
    assertThat(out).contains("88.1 % (2015) -> 91.3 % (2023)")
        .contains("With ILLUSTRATIVE target 95 % by 2030: Progress made but acceleration needed")
        .contains("Status codes: moderate_progress");
  }

  @Test
  void caseworkVendorFlow() throws Exception {
    String out = ExampleRunner.run(CaseworkVendorFlow::main);
    assertThat(out).contains("Case: MILJØFYRTÅRN FOR PRIVATE VIRKSOMHETER (2025/1234-3)")
        .contains("Suggested: goal 12 EXPLICIT")
        .containsPattern("Suggested: goal 12 EXPLICIT\\S* .* evidence explicit \\(confidence 0\\.99\\)")
        .containsPattern("Confirmed: \\[12, \\d+\\]")
        .contains("Bærekraftsvurdering").contains("Mål 12:")
        .contains("mal-miljoledelse")
        .contains("<klasseID>12</klasseID>").contains("belegg=\"explicit\" sikkerhet=\"0.99\"")
        .contains("Read back equal: true");
  }
}
