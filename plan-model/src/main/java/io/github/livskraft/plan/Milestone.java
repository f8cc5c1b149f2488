package io.github.livskraft.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * A dated milestone in an årshjul or plan process, e.g. a council meeting that treats the plan. Either an exact
 * {@code date} or, when only the month is known ("i september"), a {@code month}. Immutable.
 *
 * @param id a stable id, unique in the plan
 * @param title what happens
 * @param date the day, if known
 * @param month the month, if only the month is known
 * @param end the last day of a multi-day activity
 * @param body the political or administrative body (organ), e.g. "regionrådet"
 * @param relatesTo elements or plans this milestone concerns
 */
public record Milestone(String id, String title, Optional<LocalDate> date, Optional<YearMonth> month,
    Optional<LocalDate> end, Optional<String> body, List<ElementRef> relatesTo) {

  /** Checks for missing properties. */
  public Milestone {
    Checks.required(id, "id");
    Checks.required(title, "title");
    date = Checks.opt(date);
    month = Checks.opt(month);
    end = Checks.opt(end);
    body = Checks.opt(body);
    relatesTo = Checks.list(relatesTo);
  }

  /** The first day the milestone may fall on: the date, or the first of the month. */
  public Optional<LocalDate> earliest() {
    return date.or(() -> month.map(m -> m.atDay(1)));
  }
}
