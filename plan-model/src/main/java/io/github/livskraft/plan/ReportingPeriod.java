package io.github.livskraft.plan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a year ({@code 2025}) or a tertial ({@code 2025-T1} January–April, {@code 2025-T2}
 * May–August, {@code 2025-T3} September–December). Immutable; ordered by start; {@link #toString()} returns what
 * {@link #parse} accepts.
 *
 * @param year the year
 * @param tertial 1, 2 or 3 for a tertial; empty for the whole year
 */
public record ReportingPeriod(int year, Optional<Integer> tertial) implements Comparable<ReportingPeriod> {
  private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:-[Tt]([1-3]))?");

  /** Checks the tertial. */
  public ReportingPeriod {
    tertial = Checks.opt(tertial);
    if (tertial.isPresent() && (tertial.get() < 1 || tertial.get() > 3)) {
      throw new PlanArgumentException(PlanErrorCode.REPORTING_PERIOD,
          PlanErrorCode.REPORTING_PERIOD.fragment("tertial", tertial.get()));
    }
  }

  /**
   * A whole year.
   *
   * @param year the year
   * @return the period
   */
  public static ReportingPeriod year(int year) {
    return new ReportingPeriod(year, Optional.empty());
  }

  /**
   * A tertial.
   *
   * @param year the year
   * @param tertial 1–3
   * @return the period
   */
  public static ReportingPeriod tertial(int year, int tertial) {
    return new ReportingPeriod(year, Optional.of(tertial));
  }

  /**
   * Parses {@code 2025} or {@code 2025-T2}.
   *
   * @param text the text
   * @return the period
   * @throws IllegalArgumentException for other text
   */
  public static ReportingPeriod parse(CharSequence text) {
    Matcher m = TEXT.matcher(String.valueOf(Objects.requireNonNull(text, "text")).strip());
    if (!m.matches()) {
      throw new PlanArgumentException(PlanErrorCode.REPORTING_PERIOD, text);
    }
    int y = Integer.parseInt(m.group(1));
    return m.group(2) == null ? year(y) : tertial(y, Integer.parseInt(m.group(2)));
  }

  /** Whether this is a whole year. */
  public boolean wholeYear() {
    return tertial.isEmpty();
  }

  /** The first day. */
  public LocalDate start() {
    return LocalDate.of(year, tertial.map(t -> (t - 1) * 4 + 1).orElse(1), 1);
  }

  /** The last day. */
  public LocalDate end() {
    return tertial.map(t -> LocalDate.of(year, t * 4, 1).withDayOfMonth(LocalDate.of(year, t * 4, 1).lengthOfMonth()))
        .orElse(LocalDate.of(year, 12, 31));
  }

  @Override
  public int compareTo(ReportingPeriod o) {
    int c = start().compareTo(o.start());
    return c != 0 ? c : Boolean.compare(o.wholeYear(), wholeYear());
  }

  @Override
  public String toString() {
    return year + tertial.map(t -> "-T" + t).orElse("");
  }
}
