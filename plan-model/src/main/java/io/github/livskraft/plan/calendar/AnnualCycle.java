package io.github.livskraft.plan.calendar;

import io.github.livskraft.plan.EventKind;
import io.github.livskraft.plan.Milestone;
import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.RecurringEvent;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A plan chain's årshjul for one year: every recurring event expanded to its days (or months), plus the
 * milestones that fall in the year, in date order; and the events that have a frequency but no dates. Immutable.
 *
 * <pre>{@code
 * AnnualCycle cycle = AnnualCycle.expand(chain.plans(), 2026);
 * cycle.entries().forEach(e -> System.out.println(e.earliest() + " " + e.title()));
 * String ics = IcsCalendar.write(cycle);
 * }</pre>
 *
 * <p>Timed events are placed in {@link #OSLO}; a local time that does not exist on the day clocks go forward
 * (e.g. 02:30 on the last Sunday of March) moves one hour later, and an ambiguous local time in October takes
 * the earlier (summer-time) offset, as {@link ZonedDateTime#of} does.
 *
 * @param year the year
 * @param zone the time zone of timed events
 * @param entries the occurrences, in date order
 * @param unscheduled events with a frequency but no dates
 */
public record AnnualCycle(int year, ZoneId zone, List<CalendarEntry> entries, List<UnscheduledEvent> unscheduled) {
  /** Norwegian local time. */
  public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  /** Copies the lists. */
  public AnnualCycle {
    Objects.requireNonNull(zone, "zone");
    entries = List.copyOf(entries);
    unscheduled = List.copyOf(unscheduled);
  }

  /**
   * Expands the plans' årshjul for a year with Norwegian working days, in Europe/Oslo.
   *
   * @param plans the plans
   * @param year the year
   * @return the cycle
   */
  public static AnnualCycle expand(Collection<Plan> plans, int year) {
    return expand(plans, year, OSLO, NorwegianHolidays::isWorkingDay);
  }

  /**
   * Expands the plans' årshjul for a year.
   *
   * @param plans the plans
   * @param year the year
   * @param zone the zone for timed events
   * @param workingDay which days are working days
   * @return the cycle
   */
  public static AnnualCycle expand(Collection<Plan> plans, int year, ZoneId zone, Predicate<LocalDate> workingDay) {
    List<CalendarEntry> out = new ArrayList<>();
    List<UnscheduledEvent> undated = new ArrayList<>();
    for (Plan p : plans) {
      for (RecurringEvent ev : p.recurringEvents()) {
        if (ev.rule().timesPerYear().isPresent()) {
          if (ev.rule().appliesIn(year)) {
            undated.add(new UnscheduledEvent(p.id(), ev.id(), ev.title(), ev.kind(), ev.rule().toString(),
                ev.rule().monthsIn(year)));
          }
        } else if (ev.rule().dated()) {
          for (LocalDate d : ev.rule().datesIn(year, workingDay)) {
            Optional<ZonedDateTime> start = ev.start().map(t -> ZonedDateTime.of(d, t, zone));
            Optional<ZonedDateTime> end = ev.end().map(t -> ZonedDateTime.of(d, t, zone));
            out.add(new CalendarEntry(Optional.of(p.id()), ev.id(), ev.title(), ev.kind(), YearMonth.from(d),
                Optional.of(d), start, end, ev.body(), Optional.of(ev.rule().toString())));
          }
        } else {
          for (YearMonth ym : ev.rule().monthsIn(year)) {
            out.add(new CalendarEntry(Optional.of(p.id()), ev.id(), ev.title(), ev.kind(), ym, Optional.empty(),
                Optional.empty(), Optional.empty(), ev.body(), Optional.of(ev.rule().toString())));
          }
        }
      }
      for (Milestone m : p.milestones()) {
        Optional<YearMonth> ym = m.date().map(YearMonth::from).or(m::month);
        if (ym.isPresent() && ym.get().getYear() == year) {
          out.add(new CalendarEntry(Optional.of(p.id()), m.id(), m.title(), EventKind.PROCESS, ym.get(), m.date(),
              Optional.empty(), Optional.empty(), m.body(), Optional.empty()));
        }
      }
    }
    out.sort(null);
    return new AnnualCycle(year, zone, out, undated);
  }

  /**
   * The entries in a month.
   *
   * @param month 1–12
   * @return the entries
   */
  public List<CalendarEntry> inMonth(int month) {
    return entries.stream().filter(e -> e.month().getMonthValue() == month).toList();
  }
}
