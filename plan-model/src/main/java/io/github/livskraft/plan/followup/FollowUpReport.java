package io.github.livskraft.plan.followup;

import io.github.livskraft.plan.ReportingPeriod;
import java.util.List;

/**
 * The follow-up of a plan chain in one reporting period: one row per tiltak or mål, and status counts by
 * innsatsområde and by SDG goal. Immutable; made by {@link FollowUpAnalyzer}.
 *
 * @param period the period
 * @param rows the rows, in plan and element order
 * @param byFocusArea status counts per innsatsområde
 * @param byGoal status counts per SDG goal
 */
public record FollowUpReport(ReportingPeriod period, List<FollowUpRow> rows, List<StatusSummary> byFocusArea,
    List<StatusSummary> byGoal) {

  /** Copies the lists. */
  public FollowUpReport {
    rows = List.copyOf(rows);
    byFocusArea = List.copyOf(byFocusArea);
    byGoal = List.copyOf(byGoal);
  }
}
