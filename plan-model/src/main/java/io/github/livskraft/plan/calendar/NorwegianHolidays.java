package io.github.livskraft.plan.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Norwegian public holidays (offentlige høytidsdager and helligdager) and working days.
 *
 * <p>Holidays: 1 January, Maundy Thursday, Good Friday, Easter Sunday and Monday, 1 May, 17 May, Ascension Day,
 * Whit Sunday and Monday, 25 and 26 December (lov om helligdager og helligdagsfred § 2; lov om 1. og 17. mai
 * som høgtidsdager). Christmas Eve and New Year's Eve are not public holidays and count as working days. Easter
 * Sunday is computed with the Gregorian computus (Meeus/Jones/Butcher). A working day (virkedag in the sense of
 * an ordinary office day) is Monday–Friday and not a public holiday. Stateless; thread-safe.
 */
public final class NorwegianHolidays {
  private NorwegianHolidays() {}

  /**
   * A public holiday.
   *
   * @param date the date
   * @param nameNb the bokmål name, e.g. "Skjærtorsdag"
   * @param nameEn the English name, e.g. "Maundy Thursday"
   */
  public record Holiday(LocalDate date, String nameNb, String nameEn) {}

  /**
   * Easter Sunday in a Gregorian year.
   *
   * @param year the year (1583 or later)
   * @return the date
   */
  public static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  /**
   * The public holidays of a year, in date order.
   *
   * @param year the year
   * @return twelve holidays
   */
  public static List<Holiday> holidays(int year) {
    LocalDate easter = easterSunday(year);
    List<Holiday> out = new ArrayList<>(List.of(
        new Holiday(LocalDate.of(year, 1, 1), "Første nyttårsdag", "New Year's Day"),
        new Holiday(easter.minusDays(3), "Skjærtorsdag", "Maundy Thursday"),
        new Holiday(easter.minusDays(2), "Langfredag", "Good Friday"),
        new Holiday(easter, "Første påskedag", "Easter Sunday"),
        new Holiday(easter.plusDays(1), "Andre påskedag", "Easter Monday"),
        new Holiday(LocalDate.of(year, 5, 1), "Offentlig høytidsdag", "Labour Day"),
        new Holiday(LocalDate.of(year, 5, 17), "Grunnlovsdag", "Constitution Day"),
        new Holiday(easter.plusDays(39), "Kristi himmelfartsdag", "Ascension Day"),
        new Holiday(easter.plusDays(49), "Første pinsedag", "Whit Sunday"),
        new Holiday(easter.plusDays(50), "Andre pinsedag", "Whit Monday"),
        new Holiday(LocalDate.of(year, 12, 25), "Første juledag", "Christmas Day"),
        new Holiday(LocalDate.of(year, 12, 26), "Andre juledag", "Boxing Day")));
    out.sort(Comparator.comparing(Holiday::date));
    return List.copyOf(out);
  }

  /**
   * Whether a date is a public holiday.
   *
   * @param date the date
   * @return true for the twelve holidays
   */
  public static boolean isPublicHoliday(LocalDate date) {
    int m = date.getMonthValue();
    int d = date.getDayOfMonth();
    if (m == 1 && d == 1 || m == 5 && (d == 1 || d == 17) || m == 12 && (d == 25 || d == 26)) {
      return true;
    }
    if (m < 3 || m > 6) {
      return false;
    }
    long offset = date.toEpochDay() - easterSunday(date.getYear()).toEpochDay();
    return offset == -3 || offset == -2 || offset == 0 || offset == 1 || offset == 39 || offset == 49 || offset == 50;
  }

  /**
   * Whether a date is a working day: Monday–Friday and not a public holiday.
   *
   * @param date the date
   * @return true for a working day
   */
  public static boolean isWorkingDay(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !isPublicHoliday(date);
  }
}
