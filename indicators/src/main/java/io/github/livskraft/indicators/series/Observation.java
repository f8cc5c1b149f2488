package io.github.livskraft.indicators.series;

import io.github.livskraft.indicators.IndicatorErrorCode;
import io.github.livskraft.indicators.IndicatorException;
import io.github.livskraft.indicators.internal.Texts;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * One observation of a series: a period, a value or its absence, and a status.
 *
 * <pre>{@code
 * Observation.of(Period.year(2023), 375.0);                              // OK
 * Observation.missing(Period.year(2024), ObservationStatus.NOT_AVAILABLE); // "..", no value
 * }</pre>
 *
 * <p>Invariant: the value is present exactly when {@link ObservationStatus#hasValue()}; {@link ObservationStatus#NIL}
 * always has the value 0. Immutable and thread-safe.
 */
public final class Observation implements Comparable<Observation> {
  private final Period period;
  private final double value;
  private final ObservationStatus status;

  private Observation(Period period, double value, ObservationStatus status) {
    this.period = Objects.requireNonNull(period, "period");
    this.status = Objects.requireNonNull(status, "status");
    this.value = value;
  }

  /**
   * A published value.
   *
   * @param period the period
   * @param value a finite number
   * @return the observation
   */
  public static Observation of(Period period, double value) {
    return of(period, value, ObservationStatus.OK);
  }

  /**
   * A value with a status that carries one ({@code OK}, {@code PROVISIONAL}, {@code NIL}).
   *
   * @param period the period
   * @param value a finite number (0 for NIL)
   * @param status the status
   * @return the observation
   * @throws IndicatorException if the value is not finite or the status means "no value"
   */
  public static Observation of(Period period, double value, ObservationStatus status) {
    checkValue(period, value, status);
    return new Observation(period, value, status);
  }

  /** The checks of {@link #of(Period, double, ObservationStatus)}, for series stored as columns. */
  static void checkValue(Period period, double value, ObservationStatus status) {
    if (!status.hasValue()) {
      throw new IndicatorException(IndicatorErrorCode.CALCULATION, IndicatorErrorCode.CALCULATION.fragment("status-no-value", status.symbol(), status, value, period), null);
    }
    if (!Double.isFinite(value)) {
      throw new IndicatorException(IndicatorErrorCode.CALCULATION, IndicatorErrorCode.CALCULATION.fragment("not-finite", period, value), null);
    }
    if (status == ObservationStatus.NIL && value != 0) {
      throw new IndicatorException(IndicatorErrorCode.CALCULATION, IndicatorErrorCode.CALCULATION.fragment("nil", value, period), null);
    }
  }

  /** An observation from a column of a series, already checked. */
  static Observation checked(Period period, double value, ObservationStatus status) {
    return new Observation(period, value, status);
  }

  /** {@link #hashCode()} of an observation, without making one. */
  static int hash(Period period, double value, ObservationStatus status) {
    return Objects.hash(period, status, Double.hashCode(value));
  }

  /**
   * An absent value with its reason.
   *
   * @param period the period
   * @param status a status without value ({@code .}, {@code ..}, {@code ...}, {@code :})
   * @return the observation
   */
  public static Observation missing(Period period, ObservationStatus status) {
    if (status.hasValue()) {
      if (status == ObservationStatus.NIL) {
        return new Observation(period, 0, status);
      }
      throw new IndicatorException(IndicatorErrorCode.CALCULATION, IndicatorErrorCode.CALCULATION.fragment("status-needs-value", status), null);
    }
    return new Observation(period, Double.NaN, status);
  }

  /**
   * A value if there is one, else a missing observation with the given status (for readers of SSB cells).
   *
   * @param period the period
   * @param value the value, or null
   * @param status the status; {@code OK} with a null value becomes {@code NOT_AVAILABLE}
   * @return the observation
   */
  public static Observation ofNullable(Period period, @Nullable Double value, ObservationStatus status) {
    if (status == ObservationStatus.NIL) {
      return missing(period, status);
    }
    if (value == null || value.isNaN()) {
      return missing(period, status.hasValue() ? ObservationStatus.NOT_AVAILABLE : status);
    }
    if (!status.hasValue()) {
      return missing(period, status);
    }
    return of(period, value, status);
  }

  /** The period. */
  public Period period() {
    return period;
  }

  /** The status. */
  public ObservationStatus status() {
    return status;
  }

  /** Whether there is a value. */
  public boolean hasValue() {
    return status.hasValue();
  }

  /** The value, or empty. */
  public OptionalDouble value() {
    return hasValue() ? OptionalDouble.of(value) : OptionalDouble.empty();
  }

  /**
   * The value, or NaN when absent (for tight loops; check {@link #hasValue()} or the status for the reason).
   *
   * @return the value or NaN
   */
  public double rawValue() {
    return value;
  }

  /**
   * The value.
   *
   * @return the value
   * @throws IndicatorException if absent, naming the period and the status
   */
  public double getValue() {
    if (!hasValue()) {
      throw new IndicatorException(IndicatorErrorCode.CALCULATION, IndicatorErrorCode.CALCULATION.fragment("no-value", period, status.symbol(), Texts.of(status::label)), null);
    }
    return value;
  }

  /**
   * The same observation with another value (status kept; a missing observation stays missing).
   *
   * @param newValue the value
   * @return the observation
   */
  public Observation withValue(double newValue) {
    if (!hasValue()) {
      return this;
    }
    if (!Double.isFinite(newValue)) {
      return missing(period, ObservationStatus.NOT_APPLICABLE);
    }
    return new Observation(period, newValue, status == ObservationStatus.NIL && newValue != 0
        ? ObservationStatus.OK : status);
  }

  @Override
  public int compareTo(Observation o) {
    return period.compareTo(o.period);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Observation ob && ob.period.equals(period) && ob.status == status
        && Double.compare(ob.value, value) == 0;
  }

  @Override
  public int hashCode() {
    return hash(period, value, status);
  }

  @Override
  public String toString() {
    return period + "=" + (hasValue() ? Double.toString(value) : status.symbol())
        + (status == ObservationStatus.PROVISIONAL ? "*" : "");
  }
}
