package io.github.livskraft.plan;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * A recurring event or deadline in a plan's årshjul, e.g. "Rådmannsutvalget, monthly" or "Årsberetning, yearly on
 * 03-31". Times are local Norwegian time (Europe/Oslo). Immutable.
 *
 * <pre>{@code
 * RecurringEvent r = new RecurringEvent("arsberetning", "Årsberetningen avlegges", EventKind.DEADLINE,
 *     Recurrence.parse("yearly on 03-31"), Optional.empty(), Optional.empty(), Optional.of("kommunedirektøren"),
 *     List.of(), Optional.empty(), List.of());
 * }</pre>
 *
 * @param id a stable id, unique in the plan
 * @param title what happens
 * @param kind meeting, deadline, reporting or process step
 * @param rule when it recurs
 * @param start the local start time, for a timed event
 * @param end the local end time (same day), for a timed event
 * @param body the political or administrative body (organ), e.g. "regionrådet"
 * @param relatesTo elements or plans the event concerns, e.g. {@code "kongsberg-arsrapport#"}
 * @param note a note, e.g. what the source says when it gives no dates
 * @param sources where the event is stated
 */
public record RecurringEvent(String id, String title, EventKind kind, Recurrence rule, Optional<LocalTime> start,
    Optional<LocalTime> end, Optional<String> body, List<ElementRef> relatesTo, Optional<String> note,
    List<String> sources) {

  /** Checks for missing properties. */
  public RecurringEvent {
    Checks.required(id, "id");
    Checks.required(title, "title");
    kind = kind == null ? EventKind.MEETING : kind;
    Checks.required(rule, "rule");
    start = Checks.opt(start);
    end = Checks.opt(end);
    body = Checks.opt(body);
    relatesTo = Checks.list(relatesTo);
    note = Checks.opt(note);
    sources = Checks.list(sources);
  }

  /**
   * An untimed event.
   *
   * @param id the id
   * @param title the title
   * @param kind the kind
   * @param rule the rule text, e.g. {@code "yearly on 03-31"}
   * @return the event
   */
  public static RecurringEvent of(String id, String title, EventKind kind, String rule) {
    return new RecurringEvent(id, title, kind, Recurrence.parse(rule), Optional.empty(), Optional.empty(),
        Optional.empty(), List.of(), Optional.empty(), List.of());
  }
}
