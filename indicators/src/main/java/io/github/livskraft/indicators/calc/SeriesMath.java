package io.github.livskraft.indicators.calc;

import io.github.livskraft.indicators.IndicatorErrorCode;
import io.github.livskraft.indicators.IndicatorException;
import io.github.livskraft.indicators.series.Observation;
import io.github.livskraft.indicators.series.ObservationStatus;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.Provenance;
import io.github.livskraft.indicators.series.TimeSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.DoubleBinaryOperator;

/**
 * Status-aware arithmetic on {@link TimeSeries}: per capita, shares and percentages, ratios, differences, growth
 * rates, CAGR, indices and moving averages.
 *
 * <p>Rules: two series are aligned by period (the union of their periods); a period missing from one series, or
 * an observation without value ({@code ..}, {@code :}, {@code .}), gives a result without value whose status is
 * the combined status ({@link ObservationStatus#combine}): confidential wins over not applicable over not
 * available. Division by zero gives {@code NOT_APPLICABLE} ({@code .}). Provisional inputs give provisional results.
 * Results carry {@link Provenance#derived derived} provenance listing their inputs. Nothing turns {@code ..} into
 * 0.
 *
 * <pre>{@code
 * TimeSeries perInhabitant = SeriesMath.perCapita(tonnesCo2, population, PerCapitaScale.PER_1);
 * TimeSeries indexed = SeriesMath.index(perInhabitant, Period.year(2015));   // 2015 = 100
 * }</pre>
 *
 * <p>Stateless.
 */
public final class SeriesMath {
  private SeriesMath() {}

  /** "per capita (PER_1_000)" and so on, made once rather than for every series. */
  private static final String[] PER_CAPITA_DESCRIPTIONS = perCapitaDescriptions();

  private static String[] perCapitaDescriptions() {
    PerCapitaScale[] all = PerCapitaScale.values();
    String[] d = new String[all.length];
    for (PerCapitaScale s : all) {
      d[s.ordinal()] = "per capita (" + s + ")";
    }
    return d;
  }

  /**
   * numerator ÷ population × scale.
   *
   * @param numerator e.g. tonnes of household waste
   * @param population the population (same region)
   * @param scale per 1, 1,000, 10,000 or 100,000
   * @return the per-capita series; unit "per 1 000 inhabitants" etc. appended to the numerator's unit
   */
  public static TimeSeries perCapita(TimeSeries numerator, TimeSeries population, PerCapitaScale scale) {
    double f = scale.factor();
    String per = scale.unitSuffix();
    return combine(numerator, population, (a, b) -> b == 0 ? Double.NaN : a / b * f, numerator.variable() + "/capita",
        numerator.unit().isEmpty() ? per : numerator.unit() + " " + per, Math.max(numerator.decimals(), 1),
        PER_CAPITA_DESCRIPTIONS[scale.ordinal()]);
  }

  /**
   * part ÷ total (a fraction in [0, 1] when part ≤ total).
   *
   * @param part the part
   * @param total the total
   * @return the share series (unit "andel")
   */
  public static TimeSeries share(TimeSeries part, TimeSeries total) {
    return combine(part, total, (a, b) -> b == 0 ? Double.NaN : a / b, part.variable() + "/share", "andel", 3,
        "share");
  }

  /**
   * part ÷ total × 100.
   *
   * @param part the part
   * @param total the total
   * @return the percentage series (unit "prosent")
   */
  public static TimeSeries percentage(TimeSeries part, TimeSeries total) {
    return combine(part, total, (a, b) -> b == 0 ? Double.NaN : a / b * 100, part.variable() + "/percent",
        "prosent", 1, "percentage");
  }

  /**
   * a ÷ b × factor.
   *
   * @param a numerator
   * @param b denominator
   * @param factor the factor
   * @param unit the unit of the result
   * @return the ratio series
   */
  public static TimeSeries ratio(TimeSeries a, TimeSeries b, double factor, String unit) {
    return combine(a, b, (x, y) -> y == 0 ? Double.NaN : x / y * factor, a.variable() + "/" + b.variable(), unit,
        Math.max(a.decimals(), 2), "ratio × " + factor);
  }

  /**
   * a − b.
   *
   * @param a the first series
   * @param b the second
   * @return the difference (unit of a)
   */
  public static TimeSeries difference(TimeSeries a, TimeSeries b) {
    return combine(a, b, (x, y) -> x - y, a.variable() + "-" + b.variable(), a.unit(), a.decimals(), "difference");
  }

  /**
   * Shares of parts in their sum (for a breakdown that sums to 1).
   *
   * @param parts the parts (non-negative)
   * @return each part ÷ sum; all NaN if the sum is 0
   */
  public static double[] shares(double... parts) {
    double sum = 0;
    for (double p : parts) {
      sum += p;
    }
    double[] out = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = sum == 0 ? Double.NaN : parts[i] / sum;
    }
    return out;
  }

  /**
   * Combines two series period by period with a function (status rules as in the class description).
   *
   * @param a the first series
   * @param b the second series (same region)
   * @param op the function; a non-finite result gives {@code NOT_APPLICABLE}
   * @param variable the result's variable
   * @param unit the result's unit
   * @param decimals the result's decimals
   * @param description what was computed (for the provenance)
   * @return the combined series
   * @throws IndicatorException {@code IND-0006} if the regions or frequencies differ
   */
  public static TimeSeries combine(TimeSeries a, TimeSeries b, DoubleBinaryOperator op, String variable, String unit,
      int decimals, String description) {
    Objects.requireNonNull(op, "op");
    if (!a.region().key().equals(b.region().key())) {
      throw new IndicatorException(IndicatorErrorCode.SERIES_MISMATCH, IndicatorErrorCode.SERIES_MISMATCH.fragment("combine-regions", a.variable(), a.region(), b.variable(), b.region()), null);
    }
    if (!a.isEmpty() && !b.isEmpty() && a.period(0).frequency() != b.period(0).frequency()) {
      throw new IndicatorException(IndicatorErrorCode.SERIES_MISMATCH, IndicatorErrorCode.SERIES_MISMATCH.fragment("combine-frequencies", a.frequency().get(), a.variable(), b.frequency().get(), b.variable()), null);
    }
    Provenance provenance = Provenance.derived(description, List.of(a.provenance(), b.provenance()));
    List<Period> pa = a.periods();
    List<Period> pb = b.periods();
    int na = pa.size();
    int nb = pb.size();
    if (samePeriods(a, b)) {
      // the common case, aligned series: one pass over the columns, written straight into the result's columns
      TimeSeries.ColumnsBuilder out = TimeSeries.columnsBuilder(pa);
      for (int k = 0; k < na; k++) {
        ObservationStatus st = ObservationStatus.combine(a.status(k), b.status(k));
        if (!st.hasValue()) {
          out.set(k, Double.NaN, st);
          continue;
        }
        double v = op.applyAsDouble(a.rawValue(k), b.rawValue(k));
        if (Double.isFinite(v)) {
          out.set(k, v, st == ObservationStatus.NIL ? ObservationStatus.OK : st);
        } else {
          out.set(k, Double.NaN, ObservationStatus.NOT_APPLICABLE);
        }
      }
      return out.build(a.region(), variable, unit, decimals, provenance);
    }
    List<Period> periods = new ArrayList<>(Math.max(na, nb));
    double[] values = new double[na + nb];
    ObservationStatus[] statuses = new ObservationStatus[na + nb];
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < na || j < nb) {
      int c = i >= na ? 1 : j >= nb ? -1 : pa.get(i).compareTo(pb.get(j));
      if (c < 0) {
        periods.add(pa.get(i));
        values[n] = Double.NaN;
        statuses[n++] = absentWith(a.status(i));
        i++;
      } else if (c > 0) {
        periods.add(pb.get(j));
        values[n] = Double.NaN;
        statuses[n++] = absentWith(b.status(j));
        j++;
      } else {
        periods.add(pa.get(i));
        apply(a.status(i), a.rawValue(i), b.status(j), b.rawValue(j), op, values, statuses, n++);
        i++;
        j++;
      }
    }
    return TimeSeries.ofColumns(a.region(), variable, unit, decimals, provenance, periods,
        Arrays.copyOf(values, n), Arrays.copyOf(statuses, n));
  }

  /** Whether two series have the same periods (in a national panel they usually share the very objects). */
  private static boolean samePeriods(TimeSeries a, TimeSeries b) {
    int n = a.size();
    if (b.size() != n) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      Period x = a.period(k);
      Period y = b.period(k);
      if (x != y && !x.equals(y)) {
        return false;
      }
    }
    return true;
  }

  /** {@link #apply(Observation, Observation, DoubleBinaryOperator)} on columns: writes value and status at k. */
  private static void apply(ObservationStatus sx, double x, ObservationStatus sy, double y, DoubleBinaryOperator op,
      double[] values, ObservationStatus[] statuses, int k) {
    ObservationStatus st = ObservationStatus.combine(sx, sy);
    if (!st.hasValue()) {
      values[k] = Double.NaN;
      statuses[k] = st;
      return;
    }
    double v = op.applyAsDouble(x, y);
    if (!Double.isFinite(v)) {
      values[k] = Double.NaN;
      statuses[k] = ObservationStatus.NOT_APPLICABLE;
    } else {
      values[k] = v;
      statuses[k] = st == ObservationStatus.NIL ? ObservationStatus.OK : st;
    }
  }

  /** The status of a result when the other input has no observation for the period. */
  private static ObservationStatus absentWith(ObservationStatus present) {
    return ObservationStatus.combine(present, ObservationStatus.NOT_AVAILABLE);
  }

  static Observation apply(Observation x, Observation y, DoubleBinaryOperator op) {
    ObservationStatus st = ObservationStatus.combine(x.status(), y.status());
    if (!st.hasValue()) {
      return Observation.missing(x.period(), st);
    }
    double v = op.applyAsDouble(x.rawValue(), y.rawValue());
    if (!Double.isFinite(v)) {
      return Observation.missing(x.period(), ObservationStatus.NOT_APPLICABLE);
    }
    return Observation.of(x.period(), v, st == ObservationStatus.NIL ? ObservationStatus.OK : st);
  }

  /**
   * Period-on-period growth rate {@code v(t) / v(t−1) − 1}. The first period, and periods whose previous period
   * is missing from the series, have no value ({@code NOT_AVAILABLE}).
   *
   * @param series the series
   * @return the growth rates (unit "vekst (andel)")
   */
  public static TimeSeries growthRate(TimeSeries series) {
    List<Observation> out = new ArrayList<>(series.size());
    for (int i = 0; i < series.size(); i++) {
      Observation cur = series.observation(i);
      Period prevPeriod = cur.period().plus(-1);
      Observation prev = series.at(prevPeriod);
      out.add(apply(cur, prev, (v, p) -> p == 0 ? Double.NaN : v / p - 1));
    }
    return TimeSeries.of(series.region(), series.variable() + "/growth", "vekst (andel)", 4,
        Provenance.derived("growth rate", List.of(series.provenance())), out);
  }

  /**
   * Compound annual growth rate between two periods: {@code (v(to) / v(from))^(1 / years) − 1}, years measured
   * on the decimal-year axis.
   *
   * @param series the series
   * @param from the earlier period
   * @param to the later period
   * @return an observation for {@code to}; without value if either end has none, the years are not positive, or
   *     the values have opposite signs or a zero start ({@code NOT_APPLICABLE})
   */
  public static Observation cagr(TimeSeries series, Period from, Period to) {
    Observation a = series.at(from);
    Observation b = series.at(to);
    double years = to.yearsSince(from);
    if (!(years > 0)) {
      throw new IndicatorException(IndicatorErrorCode.CALCULATION, IndicatorErrorCode.CALCULATION.fragment("cagr-order", from, to), null);
    }
    return apply(b, a, (v, v0) -> v0 == 0 || v / v0 < 0 ? Double.NaN : cagr(v, v0, years));
  }

  /**
   * Compound annual growth rate of two values.
   *
   * @param v the later value
   * @param v0 the earlier value
   * @param years years between them (&gt; 0)
   * @return {@code (v / v0)^(1 / years) − 1}; NaN if undefined
   */
  public static double cagr(double v, double v0, double years) {
    if (!(years > 0) || v0 == 0 || v / v0 < 0) {
      return Double.NaN;
    }
    return Math.pow(v / v0, 1.0 / years) - 1;
  }

  /**
   * Index with a base period = 100.
   *
   * @param series the series
   * @param base the base period
   * @return the index series (unit "indeks (base=100)"); every value missing (with the base's status) if the
   *     base has no value
   */
  public static TimeSeries index(TimeSeries series, Period base) {
    Observation b = series.at(base);
    List<Observation> out = new ArrayList<>(series.size());
    for (int i = 0; i < series.size(); i++) {
      out.add(apply(series.observation(i), b, (v, bv) -> bv == 0 ? Double.NaN : v / bv * 100));
    }
    return TimeSeries.of(series.region(), series.variable() + "/index", "indeks (" + base + "=100)", 1,
        Provenance.derived("index " + base + "=100", List.of(series.provenance())), out);
  }

  /**
   * Trailing moving average over {@code window} consecutive periods. A period whose window is incomplete (start
   * of the series, a gap, or a value without number) has no value; the status says why.
   *
   * @param series the series
   * @param window the number of periods (≥ 1)
   * @return the moving average (same unit)
   */
  public static TimeSeries movingAverage(TimeSeries series, int window) {
    if (window < 1) {
      throw new IndicatorException(IndicatorErrorCode.CALCULATION, IndicatorErrorCode.CALCULATION.fragment("window", window), null);
    }
    List<Observation> out = new ArrayList<>(series.size());
    for (int i = 0; i < series.size(); i++) {
      Observation cur = series.observation(i);
      ObservationStatus st = cur.status();
      double sum = 0;
      for (int k = 0; k < window; k++) {
        Observation o = series.at(cur.period().plus(-k));
        st = ObservationStatus.combine(st, o.status());
        sum += o.hasValue() ? o.rawValue() : 0;
      }
      out.add(st.hasValue() ? Observation.of(cur.period(), sum / window,
          st == ObservationStatus.NIL ? ObservationStatus.OK : st) : Observation.missing(cur.period(), st));
    }
    return TimeSeries.of(series.region(), series.variable() + "/ma" + window, series.unit(), series.decimals(),
        Provenance.derived(window + "-period moving average", List.of(series.provenance())), out);
  }

  /**
   * The periods of several series (union, sorted).
   *
   * @param series the series
   * @return the periods
   */
  public static List<Period> periods(List<TimeSeries> series) {
    TreeSet<Period> set = new TreeSet<>();
    series.forEach(s -> set.addAll(s.periods()));
    return List.copyOf(set);
  }
}
