package io.github.livskraft.report;

import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.PlanChain;
import io.github.livskraft.plan.ReportingPeriod;
import io.github.livskraft.plan.calendar.AnnualCycle;
import io.github.livskraft.plan.followup.FollowUpAnalyzer;
import io.github.livskraft.plan.followup.FollowUpReport;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The report's "Oppfølging" and "Årshjul": the follow-up for the latest year the plans report on, and the årshjul
 * for that year (or, without follow-up, for the latest year of the plans' milestones), so the report never depends
 * on today's date.
 *
 * @param followUp the follow-up for the latest reported year, when any element has follow-up
 * @param cycle the årshjul, when the plans have recurring events or milestones
 */
record PlanYear(Optional<FollowUpReport> followUp, Optional<AnnualCycle> cycle) {

  static PlanYear of(List<Plan> plans) {
    Optional<Integer> reported = plans.stream().flatMap(p -> p.elements().stream())
        .flatMap(e -> e.followUp().stream()).map(f -> f.period().year()).max(Comparator.naturalOrder());
    Optional<FollowUpReport> followUp = reported.map(y -> FollowUpAnalyzer.analyse(PlanChain.of(plans),
        ReportingPeriod.year(y)));
    boolean hasCycle = plans.stream().anyMatch(p -> !p.recurringEvents().isEmpty() || !p.milestones().isEmpty());
    Optional<Integer> year = reported.or(() -> plans.stream().flatMap(p -> p.milestones().stream())
        .map(m -> m.date().map(LocalDate::getYear).or(() -> m.month().map(YearMonth::getYear)))
        .flatMap(Optional::stream).max(Comparator.naturalOrder()));
    Optional<AnnualCycle> cycle = hasCycle ? year.map(y -> AnnualCycle.expand(plans, y)) : Optional.empty();
    return new PlanYear(followUp, cycle);
  }

  static PlanYear empty() {
    return new PlanYear(Optional.empty(), Optional.empty());
  }
}
