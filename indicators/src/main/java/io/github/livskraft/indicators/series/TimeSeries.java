package io.github.livskraft.indicators.series;

import io.github.livskraft.indicators.IndicatorErrorCode;
import io.github.livskraft.indicators.IndicatorException;
import io.github.livskraft.municipalities.Region;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.DoubleUnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A time series of one variable for one region: observations sorted by period (one per period, one frequency),
 * each with a value or an SSB status, plus unit, decimals and {@link Provenance}.
 *
 * <pre>{@code
 * TimeSeries pop = TimeSeries.builder(Region.municipality("3303"), "population")
 *     .unit("personer").decimals(0).provenance(Provenance.ssb("07459", "Personer1", null))
 *     .add(Period.year(2023), 27_923).addMissing(Period.year(2024), ObservationStatus.NOT_AVAILABLE)
 *     .build();
 * }</pre>
 *
 * <p>Missing and flagged values propagate through every calculator in {@code calc}: nothing turns {@code ..}
 * into 0. (The numbers in this example are illustrative only.) Immutable and thread-safe.
 */
public final class TimeSeries {
  private final Region region;
  private final String variable;
  private final String unit;
  private final int decimals;
  private final Provenance provenance;
  /*
   * Columnar storage, no object per observation: the periods (sorted, unique, one frequency), the values (NaN when
   * absent) and the statuses. The arrays are never changed after construction, so series may share them.
   */
  private final PeriodList periods;
  private final double[] values;
  private final ObservationStatus[] statuses;

  private TimeSeries(Region region, String variable, String unit, int decimals, Provenance provenance,
      PeriodList periods, double[] values, ObservationStatus[] statuses) {
    this.region = region;
    this.variable = variable;
    this.unit = unit;
    this.decimals = decimals;
    this.provenance = provenance;
    this.periods = periods;
    this.values = values;
    this.statuses = statuses;
  }

  private static void checkMetadata(Region region, String variable, String unit, int decimals,
      Provenance provenance) {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(provenance, "provenance");
    if (decimals < 0 || decimals > 10) {
      throw new IndicatorException(IndicatorErrorCode.SERIES_MISMATCH, IndicatorErrorCode.SERIES_MISMATCH.fragment("decimals", decimals), null);
    }
  }

  /** Checks sorted periods for duplicates and mixed frequencies. */
  private static void checkUnique(Period[] p, String variable, Region region) {
    for (int i = 1; i < p.length; i++) {
      if (p[i].equals(p[i - 1])) {
        throw new IndicatorException(IndicatorErrorCode.SERIES_MISMATCH, IndicatorErrorCode.SERIES_MISMATCH.fragment("duplicate-period", variable, region, p[i]), null);
      }
      if (p[i].frequency() != p[0].frequency()) {
        throw new IndicatorException(IndicatorErrorCode.SERIES_MISMATCH, IndicatorErrorCode.SERIES_MISMATCH.fragment("mixed-frequencies", variable, region, p[0].frequency(), p[i].frequency()), null);
      }
    }
  }

  /**
   * A series from observations in any order.
   *
   * @param region the region
   * @param variable the variable (an indicator id or a source key such as {@code population})
   * @param unit the unit text
   * @param decimals decimals to show
   * @param provenance the provenance
   * @param observations the observations; one per period, one frequency
   * @return the series
   * @throws IndicatorException {@code IND-0006} on a duplicate period or mixed frequencies
   */
  public static TimeSeries of(Region region, String variable, String unit, int decimals, Provenance provenance,
      List<Observation> observations) {
    checkMetadata(region, variable, unit, decimals, provenance);
    Observation[] arr = observations.toArray(new Observation[0]);
    for (Observation o : arr) {
      Objects.requireNonNull(o, "observation");
    }
    boolean sorted = true;
    for (int i = 1; i < arr.length && sorted; i++) {
      sorted = arr[i - 1].period().compareTo(arr[i].period()) < 0;
    }
    if (!sorted) {
      Arrays.sort(arr);
    }
    int n = arr.length;
    Period[] p = new Period[n];
    double[] v = new double[n];
    ObservationStatus[] st = new ObservationStatus[n];
    for (int i = 0; i < n; i++) {
      p[i] = arr[i].period();
      v[i] = arr[i].rawValue();
      st[i] = arr[i].status();
    }
    checkUnique(p, variable, region);
    return new TimeSeries(region, variable, unit, decimals, provenance, new PeriodList(p), v, st);
  }

  /**
   * A series from columns, without an object per observation (for calculators over large panels). The arrays are
   * copied. Each status must fit its value as in {@link Observation}: a status with a number ({@code OK},
   * {@code PROVISIONAL}, {@code NIL}) needs a finite value ({@code 0} for {@code NIL}); the value beside any other
   * status is ignored (the observation has none).
   *
   * <pre>{@code
   * TimeSeries doubled = TimeSeries.ofColumns(s.region(), "x2", s.unit(), s.decimals(), s.provenance(),
   *     s.periods(), values, statuses);   // the periods of another series are reused without a new check
   * }</pre>
   *
   * @param region the region
   * @param variable the variable
   * @param unit the unit text
   * @param decimals decimals to show
   * @param provenance the provenance
   * @param periods the periods in increasing order, one frequency (for example {@link #periods()} of a series)
   * @param values the values, one per period
   * @param statuses the statuses, one per period
   * @return the series
   * @throws IndicatorException {@code IND-0006} on periods out of order, duplicate periods, mixed frequencies or
   *     columns of different lengths; {@code IND-0007} on a value that does not fit its status
   */
  public static TimeSeries ofColumns(Region region, String variable, String unit, int decimals,
      Provenance provenance, List<Period> periods, double[] values, ObservationStatus[] statuses) {
    checkMetadata(region, variable, unit, decimals, provenance);
    int n = periods.size();
    if (values.length != n || statuses.length != n) {
      throw new IndicatorException(IndicatorErrorCode.SERIES_MISMATCH, IndicatorErrorCode.SERIES_MISMATCH.fragment("columns", variable, region, n, values.length, statuses.length), null);
    }
    PeriodList list = checkedPeriods(periods, variable, region);
    double[] v = new double[n];
    ObservationStatus[] st = new ObservationStatus[n];
    for (int i = 0; i < n; i++) {
      ObservationStatus s = Objects.requireNonNull(statuses[i], "status");
      if (s.hasValue()) {
        Observation.checkValue(list.array[i], values[i], s);
        v[i] = values[i];
      } else {
        v[i] = Double.NaN;
      }
      st[i] = s;
    }
    return new TimeSeries(region, variable, unit, decimals, provenance, list, v, st);
  }

  /**
   * A builder that writes values and statuses straight into the columns of the series it builds, for calculators
   * that make many series (no copy of the columns when the series is built). Use it once: after {@link
   * ColumnsBuilder#build} it refuses further values.
   *
   * <pre>{@code
   * TimeSeries.ColumnsBuilder b = TimeSeries.columnsBuilder(s.periods());
   * for (int i = 0; i < s.size(); i++) {
   *   b.set(i, s.rawValue(i) * 2, s.status(i));
   * }
   * TimeSeries doubled = b.build(s.region(), "x2", s.unit(), s.decimals(), s.provenance());
   * }</pre>
   *
   * @param periods the periods in increasing order, one frequency (the {@link #periods()} of a series are reused
   *     without a second check; others are checked by {@link ColumnsBuilder#build})
   * @return the builder
   */
  public static ColumnsBuilder columnsBuilder(List<Period> periods) {
    return new ColumnsBuilder(periods);
  }

  private static PeriodList checkedPeriods(List<Period> periods, String variable, Region region) {
    if (periods instanceof PeriodList pl) {
      return pl; // immutable and checked when its series was made
    }
    Period[] p = periods.toArray(new Period[0]);
    for (int i = 0; i < p.length; i++) {
      Objects.requireNonNull(p[i], "period");
      if (i > 0 && p[i - 1].compareTo(p[i]) > 0) {
        throw new IndicatorException(IndicatorErrorCode.SERIES_MISMATCH, IndicatorErrorCode.SERIES_MISMATCH.fragment("unsorted", variable, region, p[i - 1], p[i]), null);
      }
    }
    checkUnique(p, variable, region);
    return new PeriodList(p);
  }

  /** Fills the columns of one series; see {@link TimeSeries#columnsBuilder}. Not thread-safe; used once. */
  public static final class ColumnsBuilder {
    private final List<Period> periods;
    private final Period[] array;
    private final double[] values;
    private final ObservationStatus[] statuses;
    private boolean built;

    private ColumnsBuilder(List<Period> periods) {
      this.periods = periods;
      this.array = periods instanceof PeriodList pl ? pl.array : periods.toArray(new Period[0]);
      this.values = new double[array.length];
      this.statuses = new ObservationStatus[array.length];
    }

    /**
     * Sets the observation of the i-th period: a value with a status that carries one, or any value (ignored)
     * with a status that does not.
     *
     * @param i the index of the period
     * @param value the value
     * @param status the status
     * @return this
     * @throws IndicatorException {@code IND-0007} if the value does not fit the status
     * @throws IllegalStateException after {@link #build}
     */
    public ColumnsBuilder set(int i, double value, ObservationStatus status) {
      if (built) {
        throw new IllegalStateException("the series is already built");
      }
      if (status.hasValue()) {
        Observation.checkValue(array[i], value, status);
        values[i] = value;
      } else {
        values[i] = Double.NaN;
      }
      statuses[i] = status;
      return this;
    }

    /**
     * Builds the series; every period must have been set.
     *
     * @param region the region
     * @param variable the variable
     * @param unit the unit text
     * @param decimals decimals to show
     * @param provenance the provenance
     * @return the series, which takes over the columns
     * @throws NullPointerException if a period was not set
     * @throws IndicatorException {@code IND-0006} on periods out of order, duplicate periods or mixed frequencies
     */
    public TimeSeries build(Region region, String variable, String unit, int decimals, Provenance provenance) {
      if (built) {
        throw new IllegalStateException("the series is already built");
      }
      checkMetadata(region, variable, unit, decimals, provenance);
      for (ObservationStatus st : statuses) {
        Objects.requireNonNull(st, "status (a period without an observation)");
      }
      PeriodList checked = periods instanceof PeriodList pl ? pl
          : checkedPeriods(List.of(array), variable, region);
      built = true;
      return new TimeSeries(region, variable, unit, decimals, provenance, checked, values, statuses);
    }
  }

  /**
   * A builder.
   *
   * @param region the region
   * @param variable the variable
   * @return the builder
   */
  public static Builder builder(Region region, String variable) {
    return new Builder(region, variable);
  }

  /** The region. */
  public Region region() {
    return region;
  }

  /** The variable: an indicator id or a source key. */
  public String variable() {
    return variable;
  }

  /** The unit text, e.g. "kg per innbygger". */
  public String unit() {
    return unit;
  }

  /** Decimals to show. */
  public int decimals() {
    return decimals;
  }

  /** The provenance. */
  public Provenance provenance() {
    return provenance;
  }

  /** The observations, sorted by period (made on each call: the series stores columns). */
  public List<Observation> observations() {
    Observation[] out = new Observation[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = observation(i);
    }
    return List.of(out);
  }

  /** The number of observations (with or without value). */
  public int size() {
    return values.length;
  }

  /** Whether there are no observations. */
  public boolean isEmpty() {
    return values.length == 0;
  }

  /**
   * The i-th observation in period order.
   *
   * @param i the index
   * @return the observation
   */
  public Observation observation(int i) {
    return Observation.checked(periods.array[i], values[i], statuses[i]);
  }

  /**
   * The period of the i-th observation (for tight loops, without an {@link Observation}).
   *
   * @param i the index
   * @return the period
   */
  public Period period(int i) {
    return periods.array[i];
  }

  /**
   * The value of the i-th observation, or NaN when it has none (for tight loops; {@link #status(int)} says why).
   *
   * @param i the index
   * @return the value or NaN
   */
  public double rawValue(int i) {
    return values[i];
  }

  /**
   * The status of the i-th observation.
   *
   * @param i the index
   * @return the status
   */
  public ObservationStatus status(int i) {
    return statuses[i];
  }

  /**
   * Whether the i-th observation has a value.
   *
   * @param i the index
   * @return whether its status carries a number
   */
  public boolean hasValue(int i) {
    return statuses[i].hasValue();
  }

  /** The frequency of the periods, or empty for an empty series. */
  public Optional<Frequency> frequency() {
    return values.length == 0 ? Optional.empty() : Optional.of(periods.array[0].frequency());
  }

  /** The periods, sorted (an immutable list; {@link #ofColumns} reuses it without checking it again). */
  public List<Period> periods() {
    return periods;
  }

  /**
   * The observation for a period.
   *
   * @param period the period
   * @return the observation, or empty if the series has none for the period
   */
  public Optional<Observation> find(Period period) {
    int i = indexOf(period);
    return i < 0 ? Optional.empty() : Optional.of(observation(i));
  }

  /**
   * The observation for a period, or a {@code NOT_AVAILABLE} observation when the series has none.
   *
   * @param period the period
   * @return the observation
   */
  public Observation at(Period period) {
    int i = indexOf(period);
    return i < 0 ? Observation.missing(period, ObservationStatus.NOT_AVAILABLE) : observation(i);
  }

  /**
   * The index of a period, or a negative number.
   *
   * @param period the period
   * @return the index or (−(insertion point) − 1)
   */
  public int indexOf(Period period) {
    Period[] p = periods.array;
    int lo = 0;
    int hi = p.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = p[mid].compareTo(period);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -(lo + 1);
  }

  /**
   * The index of the latest observation that has a value, or −1 (for tight loops).
   *
   * @return the index or −1
   */
  public int latestIndexWithValue() {
    for (int i = statuses.length - 1; i >= 0; i--) {
      if (statuses[i].hasValue()) {
        return i;
      }
    }
    return -1;
  }

  /** The latest observation that has a value, or empty. */
  public Optional<Observation> latestWithValue() {
    int i = latestIndexWithValue();
    return i < 0 ? Optional.empty() : Optional.of(observation(i));
  }

  /**
   * The index of the first observation with a value at or after a period, or −1 (for tight loops).
   *
   * @param from the earliest period
   * @return the index or −1
   */
  public int firstIndexWithValueFrom(Period from) {
    int i = indexOf(from);
    for (int j = i < 0 ? -(i + 1) : i; j < statuses.length; j++) {
      if (statuses[j].hasValue()) {
        return j;
      }
    }
    return -1;
  }

  /**
   * The first observation with a value at or after a period (Open SDG: a missing base year moves to the first
   * later year with data).
   *
   * @param from the earliest period
   * @return the observation, or empty
   */
  public Optional<Observation> firstWithValueFrom(Period from) {
    int j = firstIndexWithValueFrom(from);
    return j < 0 ? Optional.empty() : Optional.of(observation(j));
  }

  /**
   * The observations between two periods (inclusive), as a new series with the same metadata.
   *
   * @param from first period
   * @param to last period
   * @return the sub-series
   */
  public TimeSeries between(Period from, Period to) {
    Period[] p = periods.array;
    int lo = 0;
    while (lo < p.length && p[lo].compareTo(from) < 0) {
      lo++;
    }
    int hi = lo;
    while (hi < p.length && p[hi].compareTo(to) <= 0) {
      hi++;
    }
    if (hi < lo) {
      hi = lo;
    }
    return new TimeSeries(region, variable, unit, decimals, provenance,
        new PeriodList(Arrays.copyOfRange(p, lo, hi)), Arrays.copyOfRange(values, lo, hi),
        Arrays.copyOfRange(statuses, lo, hi));
  }

  /**
   * Applies a function to every value; missing observations stay as they are. A non-finite result becomes
   * {@code NOT_APPLICABLE}.
   *
   * @param f the function
   * @return the new series (same metadata)
   */
  public TimeSeries mapValues(DoubleUnaryOperator f) {
    int n = values.length;
    double[] v = new double[n];
    ObservationStatus[] st = new ObservationStatus[n];
    for (int i = 0; i < n; i++) {
      ObservationStatus s = statuses[i];
      if (!s.hasValue()) {
        v[i] = values[i];
        st[i] = s;
        continue;
      }
      double r = f.applyAsDouble(values[i]);
      if (!Double.isFinite(r)) {
        v[i] = Double.NaN;
        st[i] = ObservationStatus.NOT_APPLICABLE;
      } else {
        v[i] = r;
        st[i] = s == ObservationStatus.NIL && r != 0 ? ObservationStatus.OK : s;
      }
    }
    return new TimeSeries(region, variable, unit, decimals, provenance, periods, v, st);
  }

  /**
   * The same observations with other metadata.
   *
   * @param newVariable the variable
   * @param newUnit the unit
   * @param newDecimals the decimals
   * @param newProvenance the provenance
   * @return the series
   */
  public TimeSeries relabel(String newVariable, String newUnit, int newDecimals, Provenance newProvenance) {
    return new TimeSeries(region, Objects.requireNonNull(newVariable), Objects.requireNonNull(newUnit), newDecimals,
        Objects.requireNonNull(newProvenance), periods, values, statuses);
  }

  /**
   * A series with the same metadata and other observations.
   *
   * @param newObservations the observations
   * @return the series
   */
  public TimeSeries withObservations(List<Observation> newObservations) {
    return of(region, variable, unit, decimals, provenance, newObservations);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof TimeSeries t && t.region.equals(region) && t.variable.equals(variable)
        && t.unit.equals(unit) && t.decimals == decimals && t.provenance.equals(provenance)
        && t.values.length == values.length)) {
      return false;
    }
    for (int i = 0; i < values.length; i++) {
      if (t.statuses[i] != statuses[i] || Double.compare(t.values[i], values[i]) != 0
          || !t.periods.array[i].equals(periods.array[i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 1;
    for (int i = 0; i < values.length; i++) {
      h = 31 * h + Observation.hash(periods.array[i], values[i], statuses[i]);
    }
    return Objects.hash(region, variable, unit, decimals, h);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(variable).append('@').append(region).append('[');
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        b.append(", ");
      }
      b.append(observation(i));
    }
    return b.append(']').toString();
  }

  /** The periods of a series: immutable, sorted, unique, one frequency (checked when the series was made). */
  private static final class PeriodList extends AbstractList<Period> implements RandomAccess {
    private final Period[] array;

    PeriodList(Period[] array) {
      this.array = array;
    }

    @Override
    public Period get(int index) {
      return array[index];
    }

    @Override
    public int size() {
      return array.length;
    }
  }

  /** Builder for {@link TimeSeries}. Not thread-safe. */
  public static final class Builder {
    private final Region region;
    private final String variable;
    private String unit = "";
    private int decimals = 1;
    private Provenance provenance = Provenance.unknown();
    private final List<Observation> observations = new ArrayList<>();

    private Builder(Region region, String variable) {
      this.region = Objects.requireNonNull(region, "region");
      this.variable = Objects.requireNonNull(variable, "variable");
    }

    /**
     * Sets the unit.
     *
     * @param unit the unit text
     * @return this
     */
    public Builder unit(String unit) {
      this.unit = Objects.requireNonNull(unit, "unit");
      return this;
    }

    /**
     * Sets the decimals.
     *
     * @param decimals decimals to show
     * @return this
     */
    public Builder decimals(int decimals) {
      this.decimals = decimals;
      return this;
    }

    /**
     * Sets the provenance.
     *
     * @param provenance the provenance
     * @return this
     */
    public Builder provenance(Provenance provenance) {
      this.provenance = Objects.requireNonNull(provenance, "provenance");
      return this;
    }

    /**
     * Adds an observation.
     *
     * @param observation the observation
     * @return this
     */
    public Builder add(Observation observation) {
      observations.add(Objects.requireNonNull(observation, "observation"));
      return this;
    }

    /**
     * Adds a published value.
     *
     * @param period the period
     * @param value the value
     * @return this
     */
    public Builder add(Period period, double value) {
      return add(Observation.of(period, value));
    }

    /**
     * Adds a missing value.
     *
     * @param period the period
     * @param status why it is missing
     * @return this
     */
    public Builder addMissing(Period period, ObservationStatus status) {
      return add(Observation.missing(period, status));
    }

    /**
     * Builds the series.
     *
     * @return the series
     * @throws IndicatorException on duplicate periods or mixed frequencies
     */
    public TimeSeries build() {
      return of(region, variable, unit, decimals, provenance, observations);
    }
  }
}
