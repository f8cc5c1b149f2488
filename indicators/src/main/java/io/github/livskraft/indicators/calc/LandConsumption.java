package io.github.livskraft.indicators.calc;

import io.github.livskraft.indicators.IndicatorErrorCode;
import io.github.livskraft.indicators.IndicatorException;
import io.github.livskraft.indicators.series.Observation;
import io.github.livskraft.indicators.series.ObservationStatus;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.sdg.LocalizedText;
import io.github.livskraft.sdg.MessageFragment;
import java.util.Objects;
import java.util.Optional;

/**
 * UN SDG indicator 11.3.1, the ratio of land consumption rate to population growth rate (LCRPGR), by UN-Habitat's
 * SDG indicator metadata (revised 2021):
 *
 * <pre>
 *   LCR    = (V_present − V_past) / V_past / t     (land consumption rate, linear; {@link LcrFormula#LINEAR}, default)
 *   LCR    = ln(V_present / V_past) / t            (before 2021; {@link LcrFormula#LOGARITHMIC}, explicit option)
 *   PGR    = ln(Pop(t+n) / Pop(t)) / y             (population growth rate)
 *   LCRPGR = LCR / PGR
 * </pre>
 *
 * <p>where V is the built-up area, Pop the population and t = y the number of years. The secondary indicators of
 * the metadata come with every result: built-up area per capita at both ends and the total change in built-up area
 * (absolute and in per cent). Nothing here returns NaN or Infinity: a rate or ratio that cannot be computed (zero
 * years, population unchanged, no built-up area at the start) is empty, and {@link Result#undefinedReason()} says
 * why in English and Norwegian. Stateless.
 *
 * <p>Indikator 11.3.1 (forholdet mellom arealforbruk og befolkningsvekst) etter UN-Habitats metadata.
 */
public final class LandConsumption {
  private LandConsumption() {}

  /**
   * The components, the ratio and the secondary indicators.
   *
   * @param formula the LCR formula used
   * @param years years between the two observations
   * @param builtUpStart built-up area at the start
   * @param builtUpEnd built-up area at the end
   * @param populationStart population at the start
   * @param populationEnd population at the end
   * @param landConsumptionRate LCR per year; empty when undefined
   * @param populationGrowthRate PGR per year; empty when undefined
   * @param ratio LCR ÷ PGR; empty when undefined
   * @param undefinedReason why a rate or the ratio is empty, in English, bokmål and nynorsk
   */
  public record Result(LcrFormula formula, double years, double builtUpStart, double builtUpEnd,
      double populationStart, double populationEnd, Optional<Double> landConsumptionRate,
      Optional<Double> populationGrowthRate, Optional<Double> ratio, Optional<LocalizedText> undefinedReason) {

    /** Checks for nulls. */
    public Result {
      Objects.requireNonNull(formula, "formula");
      Objects.requireNonNull(landConsumptionRate, "landConsumptionRate");
      Objects.requireNonNull(populationGrowthRate, "populationGrowthRate");
      Objects.requireNonNull(ratio, "ratio");
      Objects.requireNonNull(undefinedReason, "undefinedReason");
    }

    /**
     * Secondary indicator: built-up area per capita at the start (area unit of the input per person).
     *
     * @return V_past ÷ Pop(t)
     */
    public double builtUpPerCapitaStart() {
      return builtUpStart / populationStart;
    }

    /**
     * Secondary indicator: built-up area per capita at the end.
     *
     * @return V_present ÷ Pop(t+n)
     */
    public double builtUpPerCapitaEnd() {
      return builtUpEnd / populationEnd;
    }

    /**
     * Secondary indicator: total change in built-up area, in the input's area unit.
     *
     * @return V_present − V_past
     */
    public double builtUpChange() {
      return builtUpEnd - builtUpStart;
    }

    /**
     * Secondary indicator: total change in built-up area in per cent of the start.
     *
     * @return 100 · (V_present − V_past) / V_past, empty when V_past is 0
     */
    public Optional<Double> builtUpChangePercent() {
      return builtUpStart == 0 ? Optional.empty() : Optional.of(100 * (builtUpEnd - builtUpStart) / builtUpStart);
    }
  }

  /**
   * Computes LCR (linear, the current UN metadata), PGR and LCRPGR.
   *
   * @param builtUpStart built-up area at the start (≥ 0, any area unit)
   * @param builtUpEnd built-up area at the end (same unit, ≥ 0)
   * @param populationStart population at the start (&gt; 0)
   * @param populationEnd population at the end (&gt; 0)
   * @param years years between start and end (≥ 0)
   * @return the result
   * @throws IndicatorException {@code IND-0007} for negative or non-finite inputs or a non-positive population
   */
  public static Result lcrpgr(double builtUpStart, double builtUpEnd, double populationStart, double populationEnd,
      double years) {
    return lcrpgr(builtUpStart, builtUpEnd, populationStart, populationEnd, years, LcrFormula.LINEAR);
  }

  /**
   * Computes LCR by the chosen formula, PGR and LCRPGR.
   *
   * @param builtUpStart built-up area at the start (≥ 0)
   * @param builtUpEnd built-up area at the end (≥ 0)
   * @param populationStart population at the start (&gt; 0)
   * @param populationEnd population at the end (&gt; 0)
   * @param years years between start and end (≥ 0)
   * @param formula the LCR formula
   * @return the result
   * @throws IndicatorException {@code IND-0007} for negative or non-finite inputs or a non-positive population
   */
  public static Result lcrpgr(double builtUpStart, double builtUpEnd, double populationStart, double populationEnd,
      double years, LcrFormula formula) {
    Objects.requireNonNull(formula, "formula");
    if (!(Double.isFinite(builtUpStart) && Double.isFinite(builtUpEnd) && Double.isFinite(populationStart)
        && Double.isFinite(populationEnd) && Double.isFinite(years) && builtUpStart >= 0 && builtUpEnd >= 0
        && populationStart > 0 && populationEnd > 0 && years >= 0)) {
      throw new IndicatorException(IndicatorErrorCode.CALCULATION, IndicatorErrorCode.CALCULATION.fragment("lcrpgr-inputs", builtUpStart, builtUpEnd, populationStart, populationEnd, years), null);
    }
    if (years == 0) {
      return new Result(formula, years, builtUpStart, builtUpEnd, populationStart, populationEnd, Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.of(undefined("zero-years")));
    }
    double pgr = Math.log(populationEnd / populationStart) / years;
    Optional<Double> lcr;
    if (builtUpStart == 0) {
      lcr = Optional.empty();
    } else if (formula == LcrFormula.LINEAR) {
      lcr = Optional.of((builtUpEnd - builtUpStart) / builtUpStart / years);
    } else if (builtUpEnd == 0) {
      lcr = Optional.empty();
    } else {
      lcr = Optional.of(Math.log(builtUpEnd / builtUpStart) / years);
    }
    LocalizedText reason = null;
    if (lcr.isEmpty()) {
      reason = builtUpStart == 0
          ? undefined("no-start-area")
          : undefined("no-end-area");
    } else if (pgr == 0) {
      reason = undefined("no-growth");
    }
    Optional<Double> ratio = reason == null ? Optional.of(lcr.get() / pgr) : Optional.empty();
    return new Result(formula, years, builtUpStart, builtUpEnd, populationStart, populationEnd, lcr,
        Optional.of(pgr), ratio, Optional.ofNullable(reason));
  }

  /**
   * LCRPGR (linear LCR) between two periods of a built-up-area series and a population series.
   *
   * @param builtUp built-up area
   * @param population population (same region)
   * @param from start period
   * @param to end period
   * @return the ratio for {@code to}; without value when an input is missing (status propagated) or the ratio is
   *     undefined ({@code NOT_APPLICABLE})
   */
  public static Observation lcrpgr(TimeSeries builtUp, TimeSeries population, Period from, Period to) {
    return lcrpgr(builtUp, population, from, to, LcrFormula.LINEAR);
  }

  /**
   * LCRPGR by the chosen LCR formula between two periods.
   *
   * @param builtUp built-up area
   * @param population population (same region)
   * @param from start period
   * @param to end period
   * @param formula the LCR formula
   * @return the ratio for {@code to}; without value when an input is missing (status propagated) or the ratio is
   *     undefined ({@code NOT_APPLICABLE})
   */
  public static Observation lcrpgr(TimeSeries builtUp, TimeSeries population, Period from, Period to,
      LcrFormula formula) {
    return find(builtUp, population, from, to, formula)
        .flatMap(r -> r.ratio().map(v -> Observation.of(to, v, status(builtUp, population, from, to))))
        .orElseGet(() -> Observation.missing(to, missingStatus(builtUp, population, from, to)));
  }

  /**
   * The full result (components, ratio, secondary indicators) between two periods of two series.
   *
   * @param builtUp built-up area
   * @param population population (same region)
   * @param from start period
   * @param to end period
   * @param formula the LCR formula
   * @return the result; empty when one of the four observations has no value or a value out of range
   */
  public static Optional<Result> find(TimeSeries builtUp, TimeSeries population, Period from, Period to,
      LcrFormula formula) {
    if (!builtUp.region().key().equals(population.region().key())) {
      throw new IndicatorException(IndicatorErrorCode.SERIES_MISMATCH, IndicatorErrorCode.SERIES_MISMATCH.fragment("regions-differ", builtUp.region(), population.region()), null);
    }
    Observation[] in = {builtUp.at(from), builtUp.at(to), population.at(from), population.at(to)};
    double years = to.yearsSince(from);
    for (Observation o : in) {
      if (!o.hasValue()) {
        return Optional.empty();
      }
    }
    if (!(years >= 0) || in[0].rawValue() < 0 || in[1].rawValue() < 0 || in[2].rawValue() <= 0
        || in[3].rawValue() <= 0) {
      return Optional.empty();
    }
    return Optional.of(lcrpgr(in[0].rawValue(), in[1].rawValue(), in[2].rawValue(), in[3].rawValue(), years,
        formula));
  }

  private static ObservationStatus status(TimeSeries builtUp, TimeSeries population, Period from, Period to) {
    ObservationStatus st = ObservationStatus.OK;
    for (Observation o : new Observation[] {builtUp.at(from), builtUp.at(to), population.at(from),
        population.at(to)}) {
      st = ObservationStatus.combine(st, o.status());
    }
    return st == ObservationStatus.NIL ? ObservationStatus.OK : st;
  }

  private static ObservationStatus missingStatus(TimeSeries builtUp, TimeSeries population, Period from,
      Period to) {
    ObservationStatus st = status(builtUp, population, from, to);
    return st.hasValue() ? ObservationStatus.NOT_APPLICABLE : st;
  }

  /** Why LCRPGR has no value: {@code text.lcrpgr.<key>} of the indicators bundle. */
  private static LocalizedText undefined(String key) {
    return MessageFragment.of(IndicatorErrorCode.GENERAL, "text.lcrpgr." + key).toLocalizedText();
  }
}
