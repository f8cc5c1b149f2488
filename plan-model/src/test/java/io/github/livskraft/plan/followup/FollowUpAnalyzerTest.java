package io.github.livskraft.plan.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.plan.FollowUpStatus;
import io.github.livskraft.plan.PlanChain;
import io.github.livskraft.plan.ReportingPeriod;
import io.github.livskraft.plan.io.PlanReader;
import io.github.livskraft.sdg.GoalCode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Follow-up by period on the illustrative file (whose numbers are invented for illustration). */
class FollowUpAnalyzerTest {
  static PlanChain chain() {
    return PlanChain.ofDocuments(List.of(PlanReader.create()
        .read(Path.of("../examples/plans/illustrasjon-oppfolging-2025.yaml")).document()));
  }

  @ParameterizedTest
  @CsvSource({
      "2025-T1, ON_TRACK, NOT_STARTED, ON_TRACK",
      "2025-T2, MINOR_DEVIATION, ON_TRACK, POSTPONED",
      "2025, MINOR_DEVIATION, ON_TRACK, POSTPONED",
      "2025-T3, NOT_ASSESSED, NOT_ASSESSED, NOT_ASSESSED",
      "2024, NOT_ASSESSED, NOT_ASSESSED, NOT_ASSESSED"})
  void statusPerPeriod(String period, FollowUpStatus elbiler, FollowUpStatus team, FollowUpStatus byggesak) {
    FollowUpReport r = FollowUpAnalyzer.analyse(chain(), ReportingPeriod.parse(period));
    assertThat(r.rows()).filteredOn(x -> x.planId().equals("eks-handlingsprogram-2025"))
        .extracting(FollowUpRow::status).containsExactly(elbiler, team, byggesak);
  }

  @ParameterizedTest
  @CsvSource({"2025, 1950000, 1590000", "2025-T2, 1380000, 710000"})
  void summariesByFocusAreaAndGoal(String period, BigDecimal budget, BigDecimal spent) {
    FollowUpReport r = FollowUpAnalyzer.analyse(chain(), ReportingPeriod.parse(period));
    StatusSummary klima = r.byFocusArea().stream().filter(s -> s.label().startsWith("Klima")).findFirst().orElseThrow();
    StatusSummary oppvekst = r.byFocusArea().stream().filter(s -> s.label().startsWith("Gode")).findFirst()
        .orElseThrow();
    // Klima: the goal, elbiler and byggesak; Oppvekst: the goal and the team
    assertThat(klima.total()).isEqualTo(3);
    assertThat(oppvekst.total()).isEqualTo(2);
    assertThat(klima.budget().add(oppvekst.budget())).isEqualByComparingTo(budget);
    assertThat(klima.spent().add(oppvekst.spent())).isEqualByComparingTo(spent);
    assertThat(r.byGoal()).extracting(StatusSummary::key).contains("13", "4");
    assertThat(r.rows()).filteredOn(x -> x.elementId().equals("tiltak-losningsfokus")).singleElement()
        .satisfies(x -> assertThat(x.goals()).contains(GoalCode.of(4)));
  }
}
