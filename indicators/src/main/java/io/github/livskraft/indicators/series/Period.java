package io.github.livskraft.indicators.series;

import io.github.livskraft.indicators.IndicatorErrorCode;
import io.github.livskraft.indicators.IndicatorException;
import io.github.livskraft.sdg.MessageFragment;
import java.util.Locale;
import java.util.Objects;

/**
 * A statistical period: a year, a quarter or a month, written as SSB writes time codes: {@code 2024},
 * {@code 2024K1}, {@code 2024M01}. {@link #parse} also reads {@code 2024Q1}, {@code 2024-Q1}, {@code 2024-01} and
 * ranged years such as {@code 2015-2016}, {@code 2015–2016}, {@code 2015/16} and {@code 2015-16} (first year used,
 * as in Open SDG); ambiguous, weekly and half-year labels are rejected with a reason. Periods of one frequency are ordered in
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
      throw new IndicatorException(IndicatorErrorCode.PERIOD_FORMAT, IndicatorErrorCode.PERIOD_FORMAT.fragment("year", year), null);
    }
    if (number < 1 || number > frequency.perYear()) {
      throw new IndicatorException(IndicatorErrorCode.PERIOD_FORMAT, IndicatorErrorCode.PERIOD_FORMAT.fragment("number", frequency, number, frequency.perYear()), null);
    }
  }

  /**
   * A year.
   *
   * @param year e.g. 2024
   * @return the period
   */
  public static Period year(int year) {
    int k = year - Years.FIRST;
    return k >= 0 && k < Years.CACHE.length ? Years.CACHE[k] : new Period(year, Frequency.ANNUAL, 1);
  }

  /** The years 1900–2100, made once: series of a national panel then share their periods. */
  private static final class Years {
    static final int FIRST = 1900;
    static final Period[] CACHE = new Period[201];

    static {
      for (int k = 0; k < CACHE.length; k++) {
        CACHE[k] = new Period(FIRST + k, Frequency.ANNUAL, 1);
      }
    }
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
   * Parses SSB time codes and the period labels statistical offices publish.
   *
   * <table>
   *   <caption>Accepted forms</caption>
   *   <tr><th>text</th><th>period</th></tr>
   *   <tr><td>{@code 2024}</td><td>the year 2024</td></tr>
   *   <tr><td>{@code 2024K1}, {@code 2024Q1}, {@code 2024-K1}, {@code 2024-Q1}</td><td>first quarter</td></tr>
   *   <tr><td>{@code 2024M03}, {@code 2024M3}, {@code 2024-03}</td><td>March 2024</td></tr>
   *   <tr><td>{@code 2015-2016}, {@code 2015–2016} (en dash), {@code 2015/2016}, {@code 2015/16},
   *     {@code 2015-16}</td><td>a ranged year (school or fiscal year, multi-year average): its first year, 2015,
   *     as Open SDG's sdg-build does with ranged years</td></tr>
   * </table>
   *
   * <p>{@code 2015-16} is never read as a month (there is no month 16). A text that could be both, such as
   * {@code 2011-12} (December 2011, or the school year 2011/12), is rejected as ambiguous: write {@code 2011M12} or
   * {@code 2011-2012}. SSB's weekly codes ({@code 2025U01}) and half-years are rejected with a message saying so: the
   * calculators work on years, quarters and months.
   *
   * @param text e.g. {@code "2024"}, {@code "2024K1"}, {@code "2024M01"}, {@code "2015-16"}
   * @return the period
   * @throws IndicatorException {@code IND-0004} naming the text and the accepted forms
   */
  public static Period parse(CharSequence text) {
    String raw = String.valueOf(Objects.requireNonNull(text, "text"));
    String t = raw.strip().toUpperCase(Locale.ROOT).replace('\u2013', '-').replace('\u2014', '-')
        .replace('\u2212', '-');
    try {
      if (t.matches("[0-9]{4}")) {
        return year(Integer.parseInt(t));
      }
      if (t.matches("[0-9]{4}[-/][0-9]{4}")) {
        int from = Integer.parseInt(t.substring(0, 4));
        int to = Integer.parseInt(t.substring(5));
        if (to <= from) {
          throw bad(raw, "range-order", to, from);
        }
        return year(from);
      }
      if (t.matches("[0-9]{4}/[0-9]{2}")) {
        int from = Integer.parseInt(t.substring(0, 4));
        if (!isNextYears(from, Integer.parseInt(t.substring(5)))) {
          throw bad(raw, "not-later", t.substring(5), from);
        }
        return year(from);
      }
      if (t.matches("[0-9]{4}-?[KQ][1-4]")) {
        return quarter(Integer.parseInt(t.substring(0, 4)), t.charAt(t.length() - 1) - '0');
      }
      if (t.matches("[0-9]{4}M[0-9]{1,2}")) {
        return month(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5)));
      }
      if (t.matches("[0-9]{4}-[0-9]{2}")) {
        int from = Integer.parseInt(t.substring(0, 4));
        int two = Integer.parseInt(t.substring(5));
        boolean range = isNextYears(from, two);
        boolean month = two >= 1 && two <= 12;
        if (range && month) {
          throw bad(raw, "ambiguous", two, from, t.substring(5), from + 1);
        }
        if (range) {
          return year(from);
        }
        if (month) {
          return month(from, two);
        }
        throw bad(raw, "neither", t.substring(5), from);
      }
      if (t.matches("[0-9]{4}-?[UW][0-9]{1,2}")) {
        throw bad(raw, "weekly");
      }
      if (t.matches("[0-9]{4}-?[HS][12]")) {
        throw bad(raw, "half-year");
      }
    } catch (IndicatorException e) {
      if (e instanceof BadPeriod) {
        throw e;
      }
      throw new IndicatorException(IndicatorErrorCode.PERIOD_FORMAT, e, raw,
          e.text());
    }
    throw bad(raw, "form");
  }

  /** Two digits that name one of the nine years after {@code from} (2015/16, 1999/00). */
  private static boolean isNextYears(int from, int twoDigits) {
    for (int k = 1; k <= 9; k++) {
      if ((from + k) % 100 == twoDigits) {
        return true;
      }
    }
    return false;
  }

  private static IndicatorException bad(String text, String variant, Object... args) {
    return new BadPeriod(text, IndicatorErrorCode.PERIOD_FORMAT.fragment(variant, args));
  }

  /** A text that is not a period, as {@link #parse} found it (kept apart from errors of the factories). */
  private static final class BadPeriod extends IndicatorException {
    private static final long serialVersionUID = 1L;

    BadPeriod(String text, MessageFragment why) {
      super(IndicatorErrorCode.PERIOD_FORMAT, null, text, why);
    }
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
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return this == o
        || o instanceof Period p && p.year == year && p.frequency == frequency && p.number == number;
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
