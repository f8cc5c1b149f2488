package io.github.livskraft.plan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Easter and the Norwegian public holidays against published dates. */
class NorwegianHolidaysTest {
  @ParameterizedTest
  @CsvSource({"2000,2000-04-23", "2008,2008-03-23", "2011,2011-04-24", "2018,2018-04-01", "2019,2019-04-21",
      "2024,2024-03-31", "2025,2025-04-20", "2026,2026-04-05", "2027,2027-03-28", "2038,2038-04-25"})
  void easterSunday(int year, LocalDate expected) {
    assertThat(NorwegianHolidays.easterSunday(year)).isEqualTo(expected);
  }

  @Test
  void holidaysOf2026() {
    assertThat(NorwegianHolidays.holidays(2026)).extracting(NorwegianHolidays.Holiday::date).containsExactly(
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 5),
        LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 17),
        LocalDate.of(2026, 5, 24), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));
    assertThat(NorwegianHolidays.isWorkingDay(LocalDate.of(2026, 12, 24))).isTrue();
    assertThat(NorwegianHolidays.isWorkingDay(LocalDate.of(2026, 5, 14))).isFalse();
    assertThat(NorwegianHolidays.isWorkingDay(LocalDate.of(2026, 5, 16))).isFalse();
    assertThat(NorwegianHolidays.isWorkingDay(LocalDate.of(2026, 5, 18))).isTrue();
  }
}
