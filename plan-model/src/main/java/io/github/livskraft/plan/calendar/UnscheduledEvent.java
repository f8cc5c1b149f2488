package io.github.livskraft.plan.calendar;

import io.github.livskraft.plan.EventKind;
import java.time.YearMonth;
import java.util.List;

/**
 * A recurring event whose source gives a frequency but no dates (e.g. "regionrådet har 5–6 møter per år"). It is
 * listed, never given invented dates, and not exported to iCalendar. Immutable.
 *
 * @param planId the plan
 * @param eventId the event id
 * @param title what happens
 * @param kind the kind
 * @param rule the rule text, e.g. {@code "5-6 times a year"}
 * @param months the months the rule names, if any
 */
public record UnscheduledEvent(String planId, String eventId, String title, EventKind kind, String rule,
    List<YearMonth> months) {

  /** Copies the list. */
  public UnscheduledEvent {
    months = List.copyOf(months);
  }
}
