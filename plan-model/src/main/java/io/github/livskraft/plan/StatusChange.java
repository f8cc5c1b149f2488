package io.github.livskraft.plan;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One dated step in a plan's status history, e.g. "på høring 15 May 2019 until 1 July 2019". Immutable.
 *
 * @param status the status from this date
 * @param date the date
 * @param until for a consultation, the end of the consultation period (høringsfrist)
 * @param note a note, e.g. the decision reference (saksnummer)
 */
public record StatusChange(PlanStatus status, LocalDate date, Optional<LocalDate> until, Optional<String> note) {

  /** Checks for missing properties. */
  public StatusChange {
    Checks.required(status, "status");
    Checks.required(date, "date");
    until = Checks.opt(until);
    note = Checks.opt(note);
  }

  /**
   * A status change without end or note.
   *
   * @param status the status
   * @param date the date
   * @return the change
   */
  public static StatusChange of(PlanStatus status, LocalDate date) {
    return new StatusChange(status, date, Optional.empty(), Optional.empty());
  }
}
