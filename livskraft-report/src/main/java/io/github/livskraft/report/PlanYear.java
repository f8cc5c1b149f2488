package io.github.livskraft.report;

import io.github.livskraft.plan.FollowUpEntry;
import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.PlanChain;
import io.github.livskraft.plan.Recurrence;
import io.github.livskraft.plan.ReportingPeriod;
import io.github.livskraft.plan.calendar.AnnualCycle;
import io.github.livskraft.plan.calendar.CalendarEntry;
import io.github.livskraft.plan.followup.FollowUpAnalyzer;
import io.github.livskraft.plan.followup.FollowUpReport;
import io.github.livskraft.plan.followup.FollowUpRow;
import io.github.livskraft.plan.followup.StatusSummary;
import io.github.livskraft.report.Report.CycleEventView;
import io.github.livskraft.report.Report.CycleView;
import io.github.livskraft.report.Report.FollowUpRowView;
import io.github.livskraft.report.Report.FollowUpView;
import io.github.livskraft.report.Report.StatusSummaryView;
import io.github.livskraft.report.Report.UnscheduledView;
import io.github.livskraft.sdg.GoalCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The report's «Oppfølging» and «Årshjul» from plan-model's follow-up and årshjul: the follow-up for the chosen
 * year (default: the latest year the plans report on) and the årshjul for that year (without follow-up and without
 * a chosen year: the latest year of the plans' milestones), so the report never depends on today's date.
 *
 * @param followUp the follow-up, when any element has follow-up in the year
 * @param cycle the årshjul, when the plans have recurring events or milestones
 */
record PlanYear(Optional<FollowUpView> followUp, Optional<CycleView> cycle) {

  static PlanYear empty() {
    return new PlanYear(Optional.empty(), Optional.empty());
  }

  static PlanYear of(List<Plan> plans, OptionalInt chosenYear) {
    if (plans.isEmpty()) {
      return empty();
    }
    Optional<Integer> reported = plans.stream().flatMap(p -> p.elements().stream())
        .flatMap(e -> e.followUp().stream()).map(f -> f.period().year()).max(Comparator.naturalOrder());
    Optional<Integer> followUpYear = chosenYear.isPresent() ? Optional.of(chosenYear.getAsInt()) : reported;
    boolean anyFollowUp = followUpYear.isPresent() && plans.stream().flatMap(p -> p.elements().stream())
        .flatMap(e -> e.followUp().stream()).anyMatch(f -> f.period().year() == followUpYear.get());
    Optional<FollowUpView> followUp = anyFollowUp
        ? Optional.of(view(FollowUpAnalyzer.analyse(PlanChain.of(plans), ReportingPeriod.year(followUpYear.get()))))
        : Optional.empty();
    boolean hasCycle = plans.stream().anyMatch(p -> !p.recurringEvents().isEmpty() || !p.milestones().isEmpty());
    Optional<Integer> cycleYear = followUpYear.or(() -> plans.stream().flatMap(p -> p.milestones().stream())
        .map(m -> m.date().map(LocalDate::getYear).or(() -> m.month().map(YearMonth::getYear)))
        .flatMap(Optional::stream).max(Comparator.naturalOrder()));
    Optional<CycleView> cycle = hasCycle ? cycleYear.map(y -> view(AnnualCycle.expand(plans, y))) : Optional.empty();
    return new PlanYear(followUp, cycle);
  }

  private static FollowUpView view(FollowUpReport r) {
    return new FollowUpView(r.period().year(), r.byFocusArea().stream().map(PlanYear::view).toList(),
        r.byGoal().stream().map(PlanYear::view).toList(), r.rows().stream().map(PlanYear::view).toList());
  }

  private static StatusSummaryView view(StatusSummary s) {
    return new StatusSummaryView(s.key(), s.label(), s.counts(), s.budget(), s.spent());
  }

  private static FollowUpRowView view(FollowUpRow r) {
    return new FollowUpRowView(r.planId(), r.elementId(), r.title(), r.status(),
        r.entry().flatMap(FollowUpEntry::budget), r.entry().flatMap(FollowUpEntry::spent),
        r.entry().flatMap(FollowUpEntry::comment), r.focusAreas(),
        r.goals().stream().map(GoalCode::number).collect(Collectors.toSet()));
  }

  private static CycleView view(AnnualCycle c) {
    return new CycleView(c.year(), c.entries().stream().map(PlanYear::view).toList(),
        c.unscheduled().stream().map(u -> new UnscheduledView(u.planId(), u.eventId(), u.title(), u.kind(),
            Recurrence.parse(u.rule()))) // the årshjul's rule text is Recurrence's canonical form
            .toList());
  }

  private static CycleEventView view(CalendarEntry e) {
    return new CycleEventView(e.planId(), e.eventId(), e.title(), e.kind(), e.month(), e.date(),
        e.start().map(s -> s.toLocalTime()), e.body());
  }
}
