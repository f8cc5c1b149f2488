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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import io.github.livskraft.sdg.Language;
import java.io.StringReader;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
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

  /** The readable parts in the user's language, read back with ical4j; the machine-readable rule stays raw. */
  @ParameterizedTest
  @CsvSource({
      "NB, //NB, Organ: regionrådet, 'Gjentakelse: ', frist, Gjentaking:",
      "NN, //NN, Organ: regionrådet, 'Gjentaking: ', frist, Gjentakelse:",
      "EN, //EN, Body: regionrådet, 'Recurrence: ', deadline, Gjentak"})
  void writesTheReadablePartsInTheLanguage(Language language, String prodIdEnd, String body, String ruleLabel,
      String deadline, String notThere) throws Exception {
    AnnualCycle cycle = AnnualCycle.expand(List.of(plan()), 2026);
    String ics = IcsCalendar.write(cycle, Instant.parse("2026-01-01T00:00:00Z"), language);
    Calendar cal = new CalendarBuilder().build(new StringReader(ics));
    assertThat(cal.<Property>getProperty(Property.PRODID).orElseThrow().getValue()).endsWith(prodIdEnd);
    List<VEvent> events = cal.getComponents(Component.VEVENT);
    VEvent meeting = events.stream().filter(e -> e.<Property>getProperty("X-LIVSKRAFT-EVENT").orElseThrow().getValue()
        .equals("regionrad")).findFirst().orElseThrow();
    String desc = meeting.<Property>getProperty(Property.DESCRIPTION).orElseThrow().getValue();
    String described = Recurrence.parse("monthly on the second tuesday in march, june, october").describe(language);
    assertThat(desc).contains(body).contains(ruleLabel + described).contains("Plan: arshjul")
        .doesNotContain(notThere).doesNotContain("second tuesday");
    assertThat(meeting.<Property>getProperty("X-LIVSKRAFT-RULE").orElseThrow().getValue())
        .isEqualTo("monthly on the second tuesday in march, june, october");
    VEvent frist = events.stream().filter(e -> e.<Property>getProperty("X-LIVSKRAFT-EVENT").orElseThrow().getValue()
        .equals("arsberetning")).findFirst().orElseThrow();
    assertThat(frist.<Property>getProperty(Property.CATEGORIES).orElseThrow().getValue()).isEqualTo(deadline);
    assertThat(IcsCalendar.read(ics, "x.ics")).isEqualTo(cycle.entries()); // the same entries in every language
    if (language != Language.EN) {
      assertThat(desc).doesNotContain("Body:").doesNotContain("Recurrence:");
    }
  }

  /** Bokmål stays the default of the overloads without a language. */
  @Test
  void theOverloadsWithoutALanguageWriteBokmal() {
    AnnualCycle cycle = AnnualCycle.expand(List.of(plan()), 2026);
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    assertThat(IcsCalendar.write(cycle, t)).isEqualTo(IcsCalendar.write(cycle, t, Language.NB));
  }

  /** A file that cannot be read or written: our own reason in every language, the file named, the cause kept. */
  @ParameterizedTest
  @EnumSource(Language.class)
  void ioFailuresAreOurOwnWords(Language language, @TempDir Path dir) throws Exception {
    String reason = switch (language) {
      case NB -> "filen finnes allerede";
      case NN -> "fila finst allereie";
      case EN -> "the file already exists";
    };
    Path blocker = Files.writeString(dir.resolve("ikke-en-mappe"), "x"); // a file where the folder should be
    Path missing = blocker.resolve("arshjul.ics");
    CalendarException w = org.junit.jupiter.api.Assertions.assertThrows(CalendarException.class,
        () -> IcsCalendar.write(AnnualCycle.expand(List.of(plan()), 2026), missing, Instant.EPOCH, language));
    assertThat(w.getMessage(language)).startsWith("PLAN-K004").contains(missing.toString()).contains(reason)
        .doesNotContain("Exception");
    assertThat(w.getCause()).isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
    // reading a directory: the JDK says "Is a directory"; we say an input/output error
    CalendarException r = org.junit.jupiter.api.Assertions.assertThrows(CalendarException.class,
        () -> IcsCalendar.read(dir));
    assertThat(r.getMessage(language)).startsWith("PLAN-K002").contains(dir.toString())
        .doesNotContain(String.valueOf(r.getCause().getMessage())).doesNotContain("Exception");
    assertThat(r.getCause()).isNotNull(); // the IOException, or ical4j's ParserException around it
  }
}
