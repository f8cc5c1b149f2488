package io.github.livskraft.plan.calendar;

import io.github.livskraft.plan.EventKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * One occurrence in an expanded årshjul: a recurring event on a day (or, for a month-precision rule, in a month),
 * or a dated milestone. Immutable.
 *
 * @param planId the plan the event belongs to (empty for an event imported from another calendar)
 * @param eventId the event or milestone id
 * @param title what happens
 * @param kind meeting, deadline, reporting or process step
 * @param month the month it falls in
 * @param date the day, unless only the month is known
 * @param start the start, for a timed event (Europe/Oslo)
 * @param end the end, for a timed event
 * @param body the political or administrative body
 * @param rule the recurrence rule text, or empty for a milestone
 */
public record CalendarEntry(Optional<String> planId, String eventId, String title, EventKind kind, YearMonth month,
    Optional<LocalDate> date, Optional<ZonedDateTime> start, Optional<ZonedDateTime> end, Optional<String> body,
    Optional<String> rule) implements Comparable<CalendarEntry> {

  /** The first day the entry may fall on: its date, or the first of its month. */
  public LocalDate earliest() {
    return date.orElse(month.atDay(1));
  }

  @Override
  public int compareTo(CalendarEntry o) {
    int c = earliest().compareTo(o.earliest());
    if (c != 0) {
      return c;
    }
    c = Boolean.compare(date.isEmpty(), o.date.isEmpty());
    if (c != 0) {
      return c;
    }
    c = start.map(ZonedDateTime::toLocalTime).map(Object::toString).orElse("")
        .compareTo(o.start.map(ZonedDateTime::toLocalTime).map(Object::toString).orElse(""));
    if (c != 0) {
      return c;
    }
    c = planId.orElse("").compareTo(o.planId.orElse(""));
    return c != 0 ? c : eventId.compareTo(o.eventId);
  }
}
