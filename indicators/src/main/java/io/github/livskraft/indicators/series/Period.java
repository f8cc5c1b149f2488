package io.github.livskraft.indicators.series;

import io.github.livskraft.indicators.IndicatorErrorCode;
import io.github.livskraft.indicators.IndicatorException;
import java.util.Locale;
import java.util.Objects;

/**
 * A statistical period: a year, a quarter or a month, written as SSB writes time codes: {@code 2024},
 * {@code 2024K1}, {@code 2024M01}. {@link #parse} also reads {@code 2024Q1}, {@code 2024-Q1}, {@code 2024-01} and
 * an Open SDG ranged year such as {@code 2015-2016} (first year used). Periods of one frequency are ordered in
 * time. Immutable and thread-safe; {@link #toString()} returns the SSB form, which {@link #parse} accepts.
 *
 * @param year the year (1000–9999)
 * @param frequency the frequency
 * @param number the quarter (1–4), the month (1–12), or 1 for a year
 */
public record Period(int year, Frequency frequency, int number) implements Comparable<Period> {

  /** Validates ranges. */
  public Period {
    Objects.requireNonNull(frequency, "frequency");
    if (year < 1000 || year > 9999) {
      throw new IndicatorException(IndicatorErrorCode.PERIOD_FORMAT, "year " + year
          + " out of range: expected four digits / året " + year + " er utenfor gyldig område");
    }
    if (number < 1 || number > frequency.perYear()) {
      throw new IndicatorException(IndicatorErrorCode.PERIOD_FORMAT, frequency + " period number " + number
          + " out of range 1–" + frequency.perYear() + " / periodenummer " + number + " er utenfor 1–"
          + frequency.perYear());
    }
  }

  /**
   * A year.
   *
   * @param year e.g. 2024
   * @return the period
   */
  public static Period year(int year) {
    return new Period(year, Frequency.ANNUAL, 1);
  }

  /**
   * A quarter.
   *
   * @param year the year
   * @param quarter 1–4
   * @return the period
   */
  public static Period quarter(int year, int quarter) {
    return new Period(year, Frequency.QUARTERLY, quarter);
  }

  /**
   * A month.
   *
   * @param year the year
   * @param month 1–12
   * @return the period
   */
  public static Period month(int year, int month) {
    return new Period(year, Frequency.MONTHLY, month);
  }

  /**
   * Parses SSB time codes and common variants.
   *
   * @param text e.g. {@code "2024"}, {@code "2024K1"}, {@code "2024M01"}
   * @return the period
   * @throws IndicatorException {@code IND-0004} naming the text and the accepted forms
   */
  public static Period parse(CharSequence text) {
    String t = String.valueOf(Objects.requireNonNull(text, "text")).strip().toUpperCase(Locale.ROOT);
    try {
      if (t.matches("[0-9]{4}")) {
        return year(Integer.parseInt(t));
      }
      if (t.matches("[0-9]{4}-[0-9]{4}")) {
        return year(Integer.parseInt(t.substring(0, 4)));
      }
      if (t.matches("[0-9]{4}-?[KQ][1-4]")) {
        return quarter(Integer.parseInt(t.substring(0, 4)), t.charAt(t.length() - 1) - '0');
      }
      if (t.matches("[0-9]{4}M[0-9]{2}") || t.matches("[0-9]{4}-[0-9]{2}")) {
        return month(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5)));
      }
    } catch (IndicatorException e) {
      throw new IndicatorException(IndicatorErrorCode.PERIOD_FORMAT, "invalid period '" + text + "': "
          + e.getMessage() + " / ugyldig periode '" + text + "'", e);
    }
    throw new IndicatorException(IndicatorErrorCode.PERIOD_FORMAT, "invalid period '" + text
        + "': expected 2024, 2024K1 or 2024M01 / ugyldig periode '" + text + "': forventet 2024, 2024K1 eller 2024M01");
  }

  /** The period's position on a continuous time axis in years (2024K1 → 2024.0, 2024K3 → 2024.5). */
  public double decimalYear() {
    return year + (number - 1) / (double) frequency.perYear();
  }

  /**
   * Years from another period to this one (may be negative or fractional).
   *
   * @param earlier the other period
   * @return this − earlier, in years
   */
  public double yearsSince(Period earlier) {
    return decimalYear() - earlier.decimalYear();
  }

  /**
   * The period n steps later (negative: earlier), same frequency.
   *
   * @param n steps
   * @return the period
   */
  public Period plus(int n) {
    int index = year * frequency.perYear() + (number - 1) + n;
    return new Period(Math.floorDiv(index, frequency.perYear()), frequency,
        Math.floorMod(index, frequency.perYear()) + 1);
  }

  @Override
  public int compareTo(Period o) {
    if (frequency == o.frequency) {
      int c = Integer.compare(year, o.year);
      return c != 0 ? c : Integer.compare(number, o.number);
    }
    int c = Double.compare(decimalYear(), o.decimalYear());
    return c != 0 ? c : frequency.compareTo(o.frequency);
  }

  @Override
  public String toString() {
    return switch (frequency) {
      case ANNUAL -> Integer.toString(year);
      case QUARTERLY -> year + "K" + number;
      case MONTHLY -> String.format(Locale.ROOT, "%dM%02d", year, number);
    };
  }
}
