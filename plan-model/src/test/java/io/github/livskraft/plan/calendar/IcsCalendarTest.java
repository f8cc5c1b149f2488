package io.github.livskraft.plan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.plan.EventKind;
import io.github.livskraft.plan.Owner;
import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.PlanKind;
import io.github.livskraft.plan.Recurrence;
import io.github.livskraft.plan.RecurringEvent;
import io.github.livskraft.municipalities.MunicipalityCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** iCalendar out and back in through ical4j's parser. */
class IcsCalendarTest {
  static Plan plan() {
    return Plan.builder("arshjul", PlanKind.ANNUAL_CYCLE, "Årshjul")
        .owner(Owner.municipality(MunicipalityCode.parse("3303"), "Kongsberg"))
        .recurringEvent(new RecurringEvent("regionrad", "Regionrådet", EventKind.MEETING,
            Recurrence.parse("monthly on the second tuesday in march, june, october"),
            Optional.of(LocalTime.of(10, 0)), Optional.of(LocalTime.of(13, 30)), Optional.of("regionrådet"),
            List.of(), Optional.empty(), List.of()))
        .recurringEvent(RecurringEvent.of("arsberetning", "Årsberetningen avlegges", EventKind.DEADLINE,
            "yearly on the last working day of march"))
        .recurringEvent(RecurringEvent.of("radmannsutvalget", "Rådmannsutvalget", EventKind.MEETING, "monthly"))
        .recurringEvent(RecurringEvent.of("regionrad-frekvens", "Regionrådet (5–6 møter)", EventKind.MEETING,
            "5-6 times a year"))
        .build();
  }

  @Test
  void roundTripThroughIcal4jKeepsEveryEntry() {
    AnnualCycle cycle = AnnualCycle.expand(List.of(plan()), 2026);
    assertThat(cycle.entries()).hasSize(3 + 1 + 12);
    assertThat(cycle.unscheduled()).singleElement().satisfies(u -> assertThat(u.rule()).isEqualTo("5-6 times a year"));
    String ics = IcsCalendar.write(cycle, Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VTIMEZONE").contains("TZID=Europe/Oslo")
        .contains("\r\n").doesNotContain("5–6 møter");
    List<CalendarEntry> back = IcsCalendar.read(ics, "test.ics");
    assertThat(back).isEqualTo(cycle.entries());
  }

  @Test
  void timedEventsKeepLocalTimeAcrossDaylightSaving() {
    AnnualCycle cycle = AnnualCycle.expand(List.of(plan()), 2026);
    List<CalendarEntry> meetings = cycle.entries().stream().filter(e -> e.eventId().equals("regionrad")).toList();
    // 10 March 2026 is winter time (+01:00), 9 June summer time (+02:00), 13 October summer time.
    assertThat(meetings).extracting(e -> e.start().orElseThrow().getOffset())
        .containsExactly(ZoneOffset.ofHours(1), ZoneOffset.ofHours(2), ZoneOffset.ofHours(2));
    List<CalendarEntry> back = IcsCalendar.read(IcsCalendar.write(cycle), "x.ics").stream()
        .filter(e -> e.eventId().equals("regionrad")).toList();
    assertThat(back).extracting(e -> e.start().orElseThrow().toLocalTime()).containsOnly(LocalTime.of(10, 0));
    assertThat(back).extracting(e -> e.start().orElseThrow().toInstant())
        .containsExactlyElementsOf(meetings.stream().map(e -> e.start().orElseThrow().toInstant()).toList());
  }

  @Test
  void readsForeignCalendarsAndRejectsBrokenOnes(@TempDir Path dir) throws Exception {
    String foreign = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\nBEGIN:VEVENT\r\nUID:abc-1\r\n"
        + "DTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20260917\r\nSUMMARY:Kommunestyret\r\nEND:VEVENT\r\n"
        + "END:VCALENDAR\r\n";
    List<CalendarEntry> entries = IcsCalendar.read(foreign, "other.ics");
    assertThat(entries).singleElement().satisfies(e -> {
      assertThat(e.planId()).isEmpty();
      assertThat(e.eventId()).isEqualTo("abc-1");
      assertThat(e.date()).contains(LocalDate.of(2026, 9, 17));
    });
    assertThat(IcsCalendar.toMilestones(entries)).singleElement()
        .satisfies(m -> assertThat(m.date()).contains(LocalDate.of(2026, 9, 17)));
    assertThatThrownBy(() -> IcsCalendar.read("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY\r\n", "bad.ics"))
        .isInstanceOf(CalendarException.class).hasMessageContaining("PLAN-K002").hasMessageContaining("bad.ics");
    Path out = dir.resolve("arshjul.ics");
    IcsCalendar.write(AnnualCycle.expand(List.of(plan()), 2026), out, Instant.EPOCH);
    assertThat(IcsCalendar.read(out)).hasSize(16);
    try (var s = Files.list(dir)) {
      assertThat(s).containsExactly(out);
    }
  }
}
