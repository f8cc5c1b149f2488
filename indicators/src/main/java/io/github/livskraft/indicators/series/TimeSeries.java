package io.github.livskraft.indicators.series;

import io.github.livskraft.indicators.IndicatorErrorCode;
import io.github.livskraft.indicators.IndicatorException;
import io.github.livskraft.municipalities.Region;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
  private final Observation[] observations;

  private TimeSeries(Region region, String variable, String unit, int decimals, Provenance provenance,
      Observation[] sortedUnique) {
    this.region = region;
    this.variable = variable;
    this.unit = unit;
    this.decimals = decimals;
    this.provenance = provenance;
    this.observations = sortedUnique;
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
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(provenance, "provenance");
    if (decimals < 0 || decimals > 10) {
      throw new IndicatorException(IndicatorErrorCode.SERIES_MISMATCH, IndicatorErrorCode.SERIES_MISMATCH.detail("decimals", decimals), null);
    }
    Observation[] arr = observations.toArray(new Observation[0]);
    boolean sorted = true;
    for (int i = 1; i < arr.length && sorted; i++) {
      sorted = arr[i - 1].period().compareTo(arr[i].period()) < 0;
    }
    if (!sorted) {
      Arrays.sort(arr);
    }
    for (int i = 0; i < arr.length; i++) {
      Objects.requireNonNull(arr[i], "observation");
      if (i > 0 && arr[i].period().equals(arr[i - 1].period())) {
        throw new IndicatorException(IndicatorErrorCode.SERIES_MISMATCH, IndicatorErrorCode.SERIES_MISMATCH.detail("duplicate-period", variable, region, arr[i].period()), null);
      }
      if (i > 0 && arr[i].period().frequency() != arr[0].period().frequency()) {
        throw new IndicatorException(IndicatorErrorCode.SERIES_MISMATCH, IndicatorErrorCode.SERIES_MISMATCH.detail("mixed-frequencies", variable, region, arr[0].period().frequency(), arr[i].period().frequency()), null);
      }
    }
    return new TimeSeries(region, variable, unit, decimals, provenance, arr);
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

  /** The observations, sorted by period. */
  public List<Observation> observations() {
    return List.of(observations);
  }

  /** The number of observations (with or without value). */
  public int size() {
    return observations.length;
  }

  /** Whether there are no observations. */
  public boolean isEmpty() {
    return observations.length == 0;
  }

  /**
   * The i-th observation in period order.
   *
   * @param i the index
   * @return the observation
   */
  public Observation observation(int i) {
    return observations[i];
  }

  /** The frequency of the periods, or empty for an empty series. */
  public Optional<Frequency> frequency() {
    return observations.length == 0 ? Optional.empty() : Optional.of(observations[0].period().frequency());
  }

  /** The periods, sorted. */
  public List<Period> periods() {
    return Arrays.stream(observations).map(Observation::period).toList();
  }

  /**
   * The observation for a period.
   *
   * @param period the period
   * @return the observation, or empty if the series has none for the period
   */
  public Optional<Observation> find(Period period) {
    int i = indexOf(period);
    return i < 0 ? Optional.empty() : Optional.of(observations[i]);
  }

  /**
   * The observation for a period, or a {@code NOT_AVAILABLE} observation when the series has none.
   *
   * @param period the period
   * @return the observation
   */
  public Observation at(Period period) {
    int i = indexOf(period);
    return i < 0 ? Observation.missing(period, ObservationStatus.NOT_AVAILABLE) : observations[i];
  }

  /**
   * The index of a period, or a negative number.
   *
   * @param period the period
   * @return the index or (−(insertion point) − 1)
   */
  public int indexOf(Period period) {
    int lo = 0;
    int hi = observations.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = observations[mid].period().compareTo(period);
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

  /** The latest observation that has a value, or empty. */
  public Optional<Observation> latestWithValue() {
    for (int i = observations.length - 1; i >= 0; i--) {
      if (observations[i].hasValue()) {
        return Optional.of(observations[i]);
      }
    }
    return Optional.empty();
  }

  /**
   * The first observation with a value at or after a period (Open SDG: a missing base year moves to the first
   * later year with data).
   *
   * @param from the earliest period
   * @return the observation, or empty
   */
  public Optional<Observation> firstWithValueFrom(Period from) {
    int i = indexOf(from);
    for (int j = i < 0 ? -(i + 1) : i; j < observations.length; j++) {
      if (observations[j].hasValue()) {
        return Optional.of(observations[j]);
      }
    }
    return Optional.empty();
  }

  /**
   * The observations between two periods (inclusive), as a new series with the same metadata.
   *
   * @param from first period
   * @param to last period
   * @return the sub-series
   */
  public TimeSeries between(Period from, Period to) {
    List<Observation> l = new ArrayList<>();
    for (Observation o : observations) {
      if (o.period().compareTo(from) >= 0 && o.period().compareTo(to) <= 0) {
        l.add(o);
      }
    }
    return new TimeSeries(region, variable, unit, decimals, provenance, l.toArray(new Observation[0]));
  }

  /**
   * Applies a function to every value; missing observations stay as they are. A non-finite result becomes
   * {@code NOT_APPLICABLE}.
   *
   * @param f the function
   * @return the new series (same metadata)
   */
  public TimeSeries mapValues(DoubleUnaryOperator f) {
    Observation[] out = new Observation[observations.length];
    for (int i = 0; i < out.length; i++) {
      Observation o = observations[i];
      out[i] = o.hasValue() ? o.withValue(f.applyAsDouble(o.rawValue())) : o;
    }
    return new TimeSeries(region, variable, unit, decimals, provenance, out);
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
        Objects.requireNonNull(newProvenance), observations);
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
    return o instanceof TimeSeries t && t.region.equals(region) && t.variable.equals(variable)
        && t.unit.equals(unit) && t.decimals == decimals && t.provenance.equals(provenance)
        && Arrays.equals(t.observations, observations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(region, variable, unit, decimals, Arrays.hashCode(observations));
  }

  @Override
  public String toString() {
    return variable + "@" + region + Arrays.toString(observations);
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
