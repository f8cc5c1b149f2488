package io.github.livskraft.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The status of a tiltak or mål in one reporting period (tertial or year): what the tertialrapport or årsrapport
 * said, with date, comment, spend against budget and the indicator values reported then. An element's entries
 * form its follow-up history. Immutable.
 *
 * @param period the reporting period, e.g. {@code 2025} or {@code 2025-T2}
 * @param status the status
 * @param date the date of the report (or of the assessment)
 * @param comment the comment
 * @param budget the budget for the period (NOK unless the tiltak's cost says otherwise)
 * @param spent the amount spent (regnskap) in the period
 * @param indicatorValues the indicator values reported then
 * @param reportedIn the id of the plan/report that carries the entry, e.g. {@code "kongsberg-arsrapport-2025"}
 */
public record FollowUpEntry(ReportingPeriod period, FollowUpStatus status, Optional<LocalDate> date,
    Optional<String> comment, Optional<BigDecimal> budget, Optional<BigDecimal> spent,
    List<ReportedValue> indicatorValues, Optional<String> reportedIn) {

  /** Checks for missing properties. */
  public FollowUpEntry {
    Checks.required(period, "period");
    Checks.required(status, "status");
    date = Checks.opt(date);
    comment = Checks.opt(comment);
    budget = Checks.opt(budget);
    spent = Checks.opt(spent);
    indicatorValues = Checks.list(indicatorValues);
    reportedIn = Checks.opt(reportedIn);
  }

  /**
   * An entry with only period and status.
   *
   * @param period the period
   * @param status the status
   * @return the entry
   */
  public static FollowUpEntry of(ReportingPeriod period, FollowUpStatus status) {
    return new FollowUpEntry(period, status, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        List.of(), Optional.empty());
  }

  /** Spent minus budget, when both are given (positive: overspent). */
  public Optional<BigDecimal> deviation() {
    return spent.flatMap(s -> budget.map(s::subtract));
  }
}
