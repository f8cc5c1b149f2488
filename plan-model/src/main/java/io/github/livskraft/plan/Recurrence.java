package io.github.livskraft.plan;

import io.github.livskraft.plan.internal.Labels;
import io.github.livskraft.sdg.Language;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A recurrence rule for an årshjul event, written the way a person says it. Immutable; {@link #toString()}
 * returns the canonical text, which {@link #parse} accepts.
 *
 * <p>Forms (case and extra spaces do not matter):
 * <ul>
 *   <li>{@code monthly} — every month, month precision ("rådmannsutvalget har møte en gang i måneden");</li>
 *   <li>{@code monthly on DAY [in MONTHS | except MONTHS]}, e.g. {@code monthly on the first tuesday except july};</li>
 *   <li>{@code yearly on MM-DD}, {@code yearly on DAY of MONTH}, e.g. {@code yearly on the last working day of march};</li>
 *   <li>{@code yearly in MONTH} — once a year, month precision ("i september");</li>
 *   <li>{@code every tertial [on DAY]} — in the last month of each tertial (April, August, December);</li>
 *   <li>{@code once a year}, {@code N times a year} or {@code N-M times a year [in MONTHS]} — a frequency
 *       without dates ("regionrådet har 5–6 møter per år"): it is never given invented dates.</li>
 * </ul>
 * DAY is {@code day N} (clamped to the month's last day, so {@code day 31} is 30 April and 28 or 29 February),
 * {@code the last day}, {@code the first working day}, {@code the last working day}, or
 * {@code the first|second|third|fourth|last WEEKDAY}. Any form may end with a year filter:
 * {@code in the first year of each council term} (the calendar year after a municipal election: 2020, 2024,
 * 2028, …), {@code in election years} (2019, 2023, …) or {@code every N years from YYYY}.
 * Working days are decided by the caller (see {@code io.github.livskraft.plan.calendar.NorwegianHolidays}).
 */
public final class Recurrence {

  /** How often the rule's text says it recurs; decides the canonical text. */
  private enum Form { MONTHLY, YEARLY, TERTIAL, TIMES }

  /** A day inside a month. */
  private enum DayKind { DAY_OF_MONTH, LAST_DAY, FIRST_WORKING_DAY, LAST_WORKING_DAY, NTH_WEEKDAY }

  private record Day(DayKind kind, int n, Optional<DayOfWeek> weekday) {
    LocalDate in(YearMonth ym, Predicate<LocalDate> workingDay) {
      switch (kind) {
        case DAY_OF_MONTH:
          return ym.atDay(Math.min(n, ym.lengthOfMonth()));
        case LAST_DAY:
          return ym.atEndOfMonth();
        case FIRST_WORKING_DAY: {
          LocalDate d = ym.atDay(1);
          while (!workingDay.test(d) && d.getMonth() == ym.getMonth()) {
            d = d.plusDays(1);
          }
          return d.getMonth() == ym.getMonth() ? d : ym.atDay(1);
        }
        case LAST_WORKING_DAY: {
          LocalDate d = ym.atEndOfMonth();
          while (!workingDay.test(d) && d.getMonth() == ym.getMonth()) {
            d = d.minusDays(1);
          }
          return d.getMonth() == ym.getMonth() ? d : ym.atEndOfMonth();
        }
        default: {
          DayOfWeek w = weekday.orElseThrow();
          return n < 0 ? ym.atEndOfMonth().with(TemporalAdjusters.lastInMonth(w))
              : ym.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(n, w));
        }
      }
    }

    @Override
    public String toString() {
      switch (kind) {
        case DAY_OF_MONTH:
          return "day " + n;
        case LAST_DAY:
          return "the last day";
        case FIRST_WORKING_DAY:
          return "the first working day";
        case LAST_WORKING_DAY:
          return "the last working day";
        default:
          return "the " + ORDINALS.get(n < 0 ? 4 : n - 1) + " " + name(weekday.orElseThrow());
      }
    }
  }

  /** A filter on years. */
  private record YearFilter(int every, int from, String text) {
    boolean matches(int year) {
      return Math.floorMod(year - from, every) == 0;
    }
  }

  /** A frequency without dates, e.g. 5–6 times a year. */
  public record Times(int min, int max) {
    /** Checks the range. */
    public Times {
      if (min < 1 || max < min || max > 366) {
        throw new PlanArgumentException(PlanErrorCode.RECURRENCE,
            PlanErrorCode.RECURRENCE.fragment("times.value", String.valueOf(min), String.valueOf(max)),
            PlanErrorCode.RECURRENCE.fragment("times"));
      }
    }

    @Override
    public String toString() {
      return min == max ? String.valueOf(min) : min + "-" + max;
    }
  }

  private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "last");
  private static final Set<Month> TERTIAL_ENDS = EnumSet.of(Month.APRIL, Month.AUGUST, Month.DECEMBER);
  /** The first municipal and county election year in the current four-year cycle used for year filters. */
  static final int ELECTION_BASE_YEAR = 2019;

  private static final String DAY_RE = "(day (\\d{1,2})|the last day|the first working day|the last working day"
      + "|the (first|second|third|fourth|last) (monday|tuesday|wednesday|thursday|friday|saturday|sunday))";
  private static final String MONTH_RE = "(january|february|march|april|may|june|july|august|september|october"
      + "|november|december)";
  private static final String MONTHS_RE = MONTH_RE + "(?:(?:, ?| and )" + MONTH_RE + ")*";
  private static final Pattern FILTER = Pattern.compile(
      "(.*?),? (in the first year of each council term|in election years|every (\\d{1,2}) years from (\\d{4}))$");
  private static final Pattern MONTHLY = Pattern.compile(
      "monthly(?: on " + DAY_RE + ")?(?: (in|except) (" + MONTHS_RE + "))?");
  private static final Pattern YEARLY_MMDD = Pattern.compile("yearly on (\\d{2})-(\\d{2})");
  private static final Pattern YEARLY_DAY = Pattern.compile("yearly on " + DAY_RE + " of " + MONTH_RE);
  private static final Pattern YEARLY_MONTH = Pattern.compile("yearly in " + MONTH_RE);
  private static final Pattern TERTIAL = Pattern.compile("every tertial(?: on " + DAY_RE + ")?");
  private static final Pattern TIMES = Pattern.compile(
      "(\\d{1,3})(?: ?[-–] ?(\\d{1,3}))? times a year(?: in (" + MONTHS_RE + "))?");
  private static final Pattern ONE_MONTH = Pattern.compile(MONTH_RE);

  private final Form form;
  private final Set<Month> months;
  private final boolean except;
  private final Optional<Day> day;
  private final Optional<Integer> monthDay;
  private final Optional<YearFilter> years;
  private final Optional<Times> times;

  private Recurrence(Form form, Set<Month> months, boolean except, Optional<Day> day, Optional<Integer> monthDay,
      Optional<YearFilter> years, Optional<Times> times) {
    this.form = form;
    this.months = months.isEmpty() ? EnumSet.noneOf(Month.class) : EnumSet.copyOf(months);
    this.except = except;
    this.day = day;
    this.monthDay = monthDay;
    this.years = years;
    this.times = times;
  }

  /**
   * Parses a rule.
   *
   * @param text e.g. {@code "yearly on the last working day of march"}
   * @return the rule
   * @throws IllegalArgumentException if the text is not one of the forms, naming the text and the forms
   */
  public static Recurrence parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String t = String.valueOf(text).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    Optional<YearFilter> filter = Optional.empty();
    Matcher f = FILTER.matcher(t);
    if (f.matches()) {
      t = f.group(1);
      filter = Optional.of(filter(f));
    }
    Matcher m;
    if ((m = MONTHLY.matcher(t)).matches()) {
      Set<Month> ms = EnumSet.allOf(Month.class);
      boolean except = false;
      if (m.group(5) != null) {
        Set<Month> listed = months(m.group(6));
        except = m.group(5).equals("except");
        ms = except ? complement(listed) : listed;
      }
      if (ms.isEmpty()) {
        throw invalid(text, "no-month");
      }
      return new Recurrence(Form.MONTHLY, ms, except, day(m, 1), Optional.empty(), filter, Optional.empty());
    }
    if ((m = YEARLY_MMDD.matcher(t)).matches()) {
      int month = Integer.parseInt(m.group(1));
      int dom = Integer.parseInt(m.group(2));
      if (month < 1 || month > 12 || dom < 1 || dom > Month.of(month).maxLength()) {
        throw invalid(text, "no-day");
      }
      return new Recurrence(Form.YEARLY, EnumSet.of(Month.of(month)), false,
          Optional.of(new Day(DayKind.DAY_OF_MONTH, dom, Optional.empty())), Optional.of(dom), filter,
          Optional.empty());
    }
    if ((m = YEARLY_DAY.matcher(t)).matches()) {
      return new Recurrence(Form.YEARLY, EnumSet.of(month(m.group(5))), false, day(m, 1), Optional.empty(), filter,
          Optional.empty());
    }
    if ((m = YEARLY_MONTH.matcher(t)).matches()) {
      return new Recurrence(Form.YEARLY, EnumSet.of(month(m.group(1))), false, Optional.empty(), Optional.empty(),
          filter, Optional.empty());
    }
    if ((m = TERTIAL.matcher(t)).matches()) {
      return new Recurrence(Form.TERTIAL, TERTIAL_ENDS, false, day(m, 1), Optional.empty(), filter, Optional.empty());
    }
    if (t.startsWith("once a year")) {
      t = "1 times a year" + t.substring("once a year".length());
    }
    if ((m = TIMES.matcher(t)).matches()) {
      int min = Integer.parseInt(m.group(1));
      int max = m.group(2) == null ? min : Integer.parseInt(m.group(2));
      if (min < 1 || max < min || max > 366) {
        throw invalid(text, "times");
      }
      Set<Month> ms = m.group(3) == null ? EnumSet.noneOf(Month.class) : months(m.group(3));
      return new Recurrence(Form.TIMES, ms, false, Optional.empty(), Optional.empty(), filter,
          Optional.of(new Times(min, max)));
    }
    throw invalid(text, null);
  }

  private static YearFilter filter(Matcher f) {
    String s = f.group(2);
    if (s.startsWith("in the first year")) {
      return new YearFilter(4, ELECTION_BASE_YEAR + 1, s);
    }
    if (s.equals("in election years")) {
      return new YearFilter(4, ELECTION_BASE_YEAR, s);
    }
    int every = Integer.parseInt(f.group(3));
    if (every < 1) {
      throw invalid(f.group(0), "every");
    }
    return new YearFilter(every, Integer.parseInt(f.group(4)), "every " + every + " years from " + f.group(4));
  }

  private static Optional<Day> day(Matcher m, int g) {
    String all = m.group(g);
    if (all == null) {
      return Optional.empty();
    }
    if (m.group(g + 1) != null) {
      int n = Integer.parseInt(m.group(g + 1));
      if (n < 1 || n > 31) {
        throw invalid(m.group(0), "day");
      }
      return Optional.of(new Day(DayKind.DAY_OF_MONTH, n, Optional.empty()));
    }
    switch (all) {
      case "the last day":
        return Optional.of(new Day(DayKind.LAST_DAY, 0, Optional.empty()));
      case "the first working day":
        return Optional.of(new Day(DayKind.FIRST_WORKING_DAY, 0, Optional.empty()));
      case "the last working day":
        return Optional.of(new Day(DayKind.LAST_WORKING_DAY, 0, Optional.empty()));
      default:
        int idx = ORDINALS.indexOf(m.group(g + 2));
        return Optional.of(new Day(DayKind.NTH_WEEKDAY, idx == 4 ? -1 : idx + 1,
            Optional.of(DayOfWeek.valueOf(m.group(g + 3).toUpperCase(Locale.ROOT)))));
    }
  }

  private static Set<Month> months(String list) {
    Set<Month> out = EnumSet.noneOf(Month.class);
    Matcher mm = ONE_MONTH.matcher(list);
    while (mm.find()) {
      out.add(month(mm.group(1)));
    }
    return out;
  }

  private static Month month(String name) {
    return Month.valueOf(name.toUpperCase(Locale.ROOT));
  }

  private static Set<Month> complement(Set<Month> ms) {
    Set<Month> out = EnumSet.allOf(Month.class);
    out.removeAll(ms);
    return out;
  }

  private static IllegalArgumentException invalid(CharSequence text, String why) {
    return new PlanArgumentException(PlanErrorCode.RECURRENCE, text,
        why == null ? PlanErrorCode.RECURRENCE.fragment("form") : PlanErrorCode.localized(l ->
            PlanErrorCode.RECURRENCE.fragment(why).text(l) + "; " + PlanErrorCode.RECURRENCE.fragment("form").text(l)));
  }


  private static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  private static String monthList(Set<Month> ms) {
    return ms.stream().map(Recurrence::name).collect(Collectors.joining(", "));
  }

  /** Whether the rule gives days (rather than months, or only a frequency). */
  public boolean dated() {
    return day.isPresent();
  }

  /** For a frequency-only rule ({@code 5-6 times a year}), the range; otherwise empty. */
  public Optional<Times> timesPerYear() {
    return times;
  }

  /**
   * Whether the rule applies in a year (its year filter, if any, matches).
   *
   * @param year the year
   * @return true if the rule has occurrences that year
   */
  public boolean appliesIn(int year) {
    return years.map(y -> y.matches(year)).orElse(true);
  }

  /**
   * The months the rule falls in during a year, in order: for a dated rule the months of its days, for a
   * month-precision rule its months, for a frequency rule the months it names (often none).
   *
   * @param year the year
   * @return the months
   */
  public List<YearMonth> monthsIn(int year) {
    if (!appliesIn(year)) {
      return List.of();
    }
    return months.stream().sorted().map(mo -> YearMonth.of(year, mo)).toList();
  }

  /**
   * The days the rule falls on during a year, in order; empty for a month-precision or frequency rule.
   *
   * @param year the year
   * @param workingDay which days are working days (Monday–Friday except public holidays, for Norway)
   * @return the days
   */
  public List<LocalDate> datesIn(int year, Predicate<LocalDate> workingDay) {
    Objects.requireNonNull(workingDay, "workingDay");
    if (day.isEmpty() || !appliesIn(year)) {
      return List.of();
    }
    List<LocalDate> out = new ArrayList<>();
    for (YearMonth ym : monthsIn(year)) {
      out.add(day.get().in(ym, workingDay));
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    String base;
    switch (form) {
      case MONTHLY:
        base = "monthly" + day.map(d -> " on " + d).orElse("")
            + (months.size() == 12 ? "" : except ? " except " + monthList(complement(months))
                : " in " + monthList(months));
        break;
      case YEARLY: {
        Month mo = months.iterator().next();
        if (monthDay.isPresent()) {
          base = String.format(Locale.ROOT, "yearly on %02d-%02d", mo.getValue(), monthDay.get());
        } else {
          base = day.map(d -> "yearly on " + d + " of " + name(mo)).orElse("yearly in " + name(mo));
        }
        break;
      }
      case TERTIAL:
        base = "every tertial" + day.map(d -> " on " + d).orElse("");
        break;
      default:
        base = (times.orElseThrow().max() == 1 ? "once" : times.orElseThrow() + " times") + " a year"
            + (months.isEmpty() ? "" : " in " + monthList(months));
    }
    return base + years.map(y -> " " + y.text()).orElse("");
  }

  /**
   * A short description in a language, from plan-model's message bundle (keys {@code Recurrence.*}, month and
   * weekday names {@code Month.*} and {@code DayOfWeek.*}): "the last working day of March" is "yearly on the last
   * working day of March", "årlig, siste virkedag i mars", "årleg, siste arbeidsdag i mars". The rule itself
   * ({@link #toString()}) stays the one text {@link #parse} reads.
   *
   * @param language the language
   * @return the description
   */
  public String describe(Language language) {
    Objects.requireNonNull(language, "language");
    String ms = months.stream().sorted().map(mo -> Labels.of(mo, language)).collect(Collectors.joining(", "));
    String d = day.map(x -> switch (x.kind()) {
      case DAY_OF_MONTH -> text(language, "Recurrence.day.of-month", String.valueOf(x.n()));
      case LAST_DAY -> text(language, "Recurrence.day.last");
      case FIRST_WORKING_DAY -> text(language, "Recurrence.day.first-working");
      case LAST_WORKING_DAY -> text(language, "Recurrence.day.last-working");
      default -> text(language, "Recurrence.day.weekday",
          text(language, "Recurrence.ordinal." + (x.n() < 0 ? "last" : String.valueOf(x.n()))),
          Labels.of(x.weekday().orElseThrow(), language));
    }).orElse("");
    String base = switch (form) {
      case MONTHLY -> inMonths(language, d.isEmpty() ? text(language, "Recurrence.monthly")
          : text(language, "Recurrence.monthly.on", d), months.size() == 12 ? "" : ms);
      case YEARLY -> d.isEmpty() ? text(language, "Recurrence.yearly.in", ms)
          : text(language, "Recurrence.yearly.on", d, ms);
      case TERTIAL -> inMonths(language, d.isEmpty() ? text(language, "Recurrence.tertial")
          : text(language, "Recurrence.tertial.on", d), ms);
      case TIMES -> inMonths(language, times.orElseThrow().max() == 1 ? text(language, "Recurrence.once")
          : text(language, "Recurrence.times", times.orElseThrow().toString().replace('-', '\u2013')), ms);
    };
    return years.map(y -> y.every() == 4 && y.from() == ELECTION_BASE_YEAR + 1
        ? text(language, "Recurrence.years.council-term", base)
        : y.every() == 4 && y.from() == ELECTION_BASE_YEAR ? text(language, "Recurrence.years.election", base)
        : text(language, "Recurrence.years.every", base, String.valueOf(y.every()), String.valueOf(y.from())))
        .orElse(base);
  }

  private static String inMonths(Language language, String base, String months) {
    return months.isEmpty() ? base : text(language, "Recurrence.in-months", base, months);
  }

  private static String text(Language language, String key, Object... args) {
    return PlanErrorCode.GENERAL.messages().format(key, language, args);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Recurrence r && r.toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}
