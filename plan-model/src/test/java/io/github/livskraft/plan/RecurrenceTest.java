package io.github.livskraft.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.plan.calendar.NorwegianHolidays;
import io.github.livskraft.sdg.Language;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Recurrence rules: parsing, canonical text, expansion (leap years, working days, DST with AnnualCycle). */
class RecurrenceTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // Easter 2024 is 31 March: Maundy Thursday 28th and Good Friday 29th are holidays, so the 27th.
      "2024|2024-03-27",
      // 31 March 2025 is a Monday.
      "2025|2025-03-31",
      // 31 March 2026 is a Tuesday (Easter is 5 April, so Maundy Thursday is 2 April).
      "2026|2026-03-31",
      // 2018: Easter 1 April; 29 (Maundy Thursday) and 30 (Good Friday) March are holidays, 31 is a Saturday.
      "2018|2018-03-28",
      // 2029: Easter 1 April again; 31 March is a Saturday, 30th Good Friday, 29th Maundy Thursday.
      "2029|2029-03-28",
      // 2030: 31 March is a Sunday.
      "2030|2030-03-29"})
  void lastWorkingDayOfMarch(int year, LocalDate expected) {
    Recurrence r = Recurrence.parse("yearly on the last working day of March");
    assertThat(r.datesIn(year, NorwegianHolidays::isWorkingDay)).containsExactly(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"2024|2024-02-29", "2025|2025-02-28", "2028|2028-02-29", "2100|2100-02-28",
      "2000|2000-02-29"})
  void day31AndFebruary29ClampInShortMonths(int year, LocalDate lastOfFebruary) {
    List<LocalDate> monthly = Recurrence.parse("monthly on day 31").datesIn(year, d -> true);
    assertThat(monthly).hasSize(12).contains(lastOfFebruary, LocalDate.of(year, 4, 30), LocalDate.of(year, 12, 31));
    assertThat(Recurrence.parse("yearly on 02-29").datesIn(year, d -> true)).containsExactly(lastOfFebruary);
    assertThat(Recurrence.parse("yearly on the last day of february").datesIn(year, d -> true))
        .containsExactly(lastOfFebruary);
  }

  @ParameterizedTest
  @ValueSource(ints = {2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028})
  void councilTermAndElectionYearFilters(int year) {
    Recurrence first = Recurrence.parse("yearly on 10-31 in the first year of each council term");
    Recurrence election = Recurrence.parse("yearly in september in election years");
    boolean isFirst = year == 2020 || year == 2024 || year == 2028;
    boolean isElection = year == 2019 || year == 2023 || year == 2027;
    assertThat(first.datesIn(year, d -> true)).isEqualTo(isFirst ? List.of(LocalDate.of(year, 10, 31)) : List.of());
    assertThat(election.monthsIn(year)).isEqualTo(isElection ? List.of(YearMonth.of(year, 9)) : List.of());
    assertThat(election.datesIn(year, d -> true)).isEmpty();
  }

  @Test
  void tertialsFrequenciesAndWeekdays() {
    assertThat(Recurrence.parse("every tertial on the last working day").datesIn(2026,
        NorwegianHolidays::isWorkingDay)).containsExactly(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 8, 31),
        LocalDate.of(2026, 12, 31));
    Recurrence times = Recurrence.parse("5–6 times a year");
    assertThat(times.timesPerYear()).contains(new Recurrence.Times(5, 6));
    assertThat(times.datesIn(2026, d -> true)).isEmpty();
    assertThat(times.monthsIn(2026)).isEmpty();
    assertThat(times).hasToString("5-6 times a year");
    List<LocalDate> tuesdays = Recurrence.parse("monthly on the first tuesday except july").datesIn(2026, d -> true);
    assertThat(tuesdays).hasSize(11).allMatch(d -> d.getDayOfWeek() == DayOfWeek.TUESDAY && d.getDayOfMonth() <= 7)
        .noneMatch(d -> d.getMonth() == Month.JULY);
    assertThat(Recurrence.parse("monthly on the last friday in may").datesIn(2026, d -> true))
        .containsExactly(LocalDate.of(2026, 5, 29));
    assertThat(Recurrence.parse("yearly on the first working day of january").datesIn(2027,
        NorwegianHolidays::isWorkingDay)).containsExactly(LocalDate.of(2027, 1, 4));
    assertThat(Recurrence.parse("monthly").monthsIn(2026)).hasSize(12);
    assertThat(Recurrence.parse("monthly").dated()).isFalse();
  }

  @Test
  void daylightSavingShiftsNonexistentLocalTimesAndKeepsWallClockOtherwise() {
    ZoneId oslo = ZoneId.of("Europe/Oslo");
    LocalDate springForward = Recurrence.parse("yearly on the last sunday of march").datesIn(2026, d -> true).get(0);
    assertThat(springForward).isEqualTo(LocalDate.of(2026, 3, 29));
    ZonedDateTime gap = ZonedDateTime.of(springForward, LocalTime.of(2, 30), oslo);
    assertThat(gap.toLocalTime()).isEqualTo(LocalTime.of(3, 30));
    assertThat(gap.getOffset()).isEqualTo(ZoneOffset.ofHours(2));
    LocalDate fallBack = Recurrence.parse("yearly on the last sunday of october").datesIn(2026, d -> true).get(0);
    assertThat(fallBack).isEqualTo(LocalDate.of(2026, 10, 25));
  }

  static Stream<Arguments> canonical() {
    return Stream.of(
        Arguments.of("Monthly", "monthly"),
        Arguments.of("  monthly   on   the  LAST working day ", "monthly on the last working day"),
        Arguments.of("yearly on 03-31", "yearly on 03-31"),
        Arguments.of("yearly on day 15 of may", "yearly on day 15 of may"),
        Arguments.of("Yearly in September", "yearly in september"),
        Arguments.of("every tertial", "every tertial"),
        Arguments.of("monthly in march and october", "monthly in march, october"),
        Arguments.of("yearly on 10-31, in the first year of each council term",
            "yearly on 10-31 in the first year of each council term"),
        Arguments.of("6 times a year in february, may", "6 times a year in february, may"),
        Arguments.of("yearly in june every 2 years from 2025", "yearly in june every 2 years from 2025"),
        Arguments.of("Once a year in the first year of each council term",
            "once a year in the first year of each council term"),
        Arguments.of("1-1 times a year", "once a year"));
  }

  @ParameterizedTest
  @MethodSource
  void canonical(String text, String expected) {
    Recurrence r = Recurrence.parse(text);
    assertThat(r).hasToString(expected);
    assertThat(Recurrence.parse(r.toString())).isEqualTo(r);
    for (Language language : Language.values()) {
      assertThat(r.describe(language)).isNotBlank().doesNotContain("{").doesNotContain("}");
    }
  }

  static Stream<Arguments> described() {
    return Stream.of(
        Arguments.of("yearly on the last working day of march", "yearly on the last working day of March",
            "årlig, siste virkedag i mars", "årleg, siste arbeidsdag i mars"),
        Arguments.of("monthly on the first tuesday except july", "every month, the first Tuesday (January, February,"
            + " March, April, May, June, August, September, October, November, December)", "hver måned, første"
            + " tirsdag (januar, februar, mars, april, mai, juni, august, september, oktober, november, desember)",
            "kvar månad, første tysdag (januar, februar, mars, april, mai, juni, august, september, oktober,"
            + " november, desember)"),
        Arguments.of("5-6 times a year", "5–6 times a year", "5–6 ganger i året", "5–6 gonger i året"),
        Arguments.of("once a year in the first year of each council term", "once a year, in the first year of each"
            + " council term", "én gang i året, første år i hver kommunestyreperiode",
            "éin gong i året, første år i kvar kommunestyreperiode"),
        Arguments.of("yearly on 03-31", "yearly on day 31 of March", "årlig, 31. dag i mars", "årleg, 31. dag i mars"),
        Arguments.of("every tertial on the last saturday every 2 years from 2025", "every tertial, the last Saturday"
            + " (April, August, December), every 2 years from 2025", "hvert tertial, siste lørdag (april, august,"
            + " desember), hvert 2. år fra 2025", "kvart tertial, siste laurdag (april, august, desember), kvart 2. år"
            + " frå 2025"),
        Arguments.of("6 times a year in february, may in election years", "6 times a year (February, May), in"
            + " election years", "6 ganger i året (februar, mai), i valgår", "6 gonger i året (februar, mai), i valår"),
        Arguments.of("yearly in september", "yearly in September", "årlig i september", "årleg i september"));
  }

  @Test
  void aTimesRangeOutOfBoundsNamesItsNumbersInTheReadersLanguage() {
    assertThatThrownBy(() -> new Recurrence.Times(7, 5)).isInstanceOfSatisfying(PlanArgumentException.class, e -> {
      assertThat(e.errorCode()).isEqualTo(PlanErrorCode.RECURRENCE);
      assertThat(e.getMessage()).contains("'7-5 times a year'").contains("1 ≤ N ≤ M ≤ 366");
      assertThat(e.getMessage(Language.NB)).contains("'7–5 ganger i året'").doesNotContain("times");
      assertThat(e.getMessage(Language.NN)).contains("'7–5 gonger i året'");
    });
  }

  @ParameterizedTest
  @MethodSource
  void described(String rule, String en, String nb, String nn) {
    Recurrence r = Recurrence.parse(rule);
    assertThat(r.describe(Language.EN)).isEqualTo(en);
    assertThat(r.describe(Language.NB)).isEqualTo(nb);
    assertThat(r.describe(Language.NN)).isEqualTo(nn);
  }

  /** Seeded generator: any rule built from the grammar parses, prints canonically and expands inside its year. */
  static Stream<String> generatedRules() {
    Random rnd = new Random(20261206L);
    String[] days = {"day 1", "day 29", "day 31", "the last day", "the first working day", "the last working day",
        "the second wednesday", "the last monday", "the fourth sunday"};
    String[] months = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december"};
    String[] filters = {"", " in the first year of each council term", " in election years",
        " every 3 years from 2021"};
    return IntStream.range(0, 200).mapToObj(i -> {
      String day = days[rnd.nextInt(days.length)];
      String month = months[rnd.nextInt(12)];
      String filter = filters[rnd.nextInt(filters.length)];
      return switch (rnd.nextInt(4)) {
        case 0 -> "monthly on " + day + (rnd.nextBoolean() ? "" : " except " + month) + filter;
        case 1 -> "yearly on " + day + " of " + month + filter;
        case 2 -> "every tertial on " + day + filter;
        default -> "yearly in " + month + filter;
      };
    });
  }

  @ParameterizedTest
  @MethodSource("generatedRules")
  void generatedRulesRoundTripAndStayInTheirYear(String text) {
    Recurrence r = Recurrence.parse(text);
    assertThat(Recurrence.parse(r.toString())).isEqualTo(r);
    for (int year = 2019; year <= 2032; year++) {
      int y = year;
      List<LocalDate> dates = r.datesIn(year, NorwegianHolidays::isWorkingDay);
      assertThat(dates).allMatch(d -> d.getYear() == y).isSorted().doesNotHaveDuplicates();
      if (r.dated()) {
        assertThat(dates).hasSameSizeAs(r.monthsIn(year));
      }
      if (text.contains("working day")) {
        assertThat(dates).allMatch(NorwegianHolidays::isWorkingDay);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "weekly", "monthly on day 32", "yearly on 02-30", "yearly on 13-01",
      "monthly except january, february, march, april, may, june, july, august, september, october, november, december",
      "0 times a year", "6-5 times a year", "yearly on the fifth monday of may", "every 0 years from 2020"})
  void rejectsBadRulesWithTheFormsInTheMessage(String text) {
    assertThatThrownBy(() -> Recurrence.parse(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid recurrence rule '" + text + "'").hasMessageContaining("'yearly on MM-DD'")
        .isInstanceOfSatisfying(PlanArgumentException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(PlanErrorCode.RECURRENCE);
          assertThat(e.getMessage(io.github.livskraft.sdg.Language.NB))
              .contains("Ugyldig gjentakelsesregel '" + text + "'");
          assertThat(e.getMessage(io.github.livskraft.sdg.Language.NN))
              .contains("Ugyldig gjentakingsregel '" + text + "'");
        });
  }
}
