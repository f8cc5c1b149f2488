package io.github.livskraft.indicators.calc;

import io.github.livskraft.indicators.IndicatorErrorCode;
import io.github.livskraft.indicators.IndicatorException;
import io.github.livskraft.indicators.series.Observation;
import io.github.livskraft.indicators.series.ObservationStatus;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.TimeSeries;
import java.util.Optional;

/**
 * UN SDG indicator 11.3.1, the ratio of land consumption rate to population growth rate (LCRPGR), by UN-Habitat's
 * metadata formulas:
 *
 * <pre>
 *   LCR    = ln(Urb(t+n) / Urb(t)) / y        (land consumption rate)
 *   PGR    = ln(Pop(t+n) / Pop(t)) / y        (population growth rate)
 *   LCRPGR = LCR / PGR
 * </pre>
 *
 * where Urb is the built-up (urban) area, Pop the population and y the number of years. A ratio above 1 means land
 * is taken faster than the population grows. The ratio is undefined when the population does not change, and hard
 * to read when population falls (PGR &lt; 0): the components are returned beside it. Stateless.
 */
public final class LandConsumption {
  private LandConsumption() {}

  /**
   * The components and the ratio.
   *
   * @param landConsumptionRate LCR per year
   * @param populationGrowthRate PGR per year
   * @param ratio LCR ÷ PGR, empty when PGR is 0
   */
  public record Result(double landConsumptionRate, double populationGrowthRate, Optional<Double> ratio) {}

  /**
   * Computes LCR, PGR and LCRPGR.
   *
   * @param builtUpStart built-up area at the start (positive, any area unit)
   * @param builtUpEnd built-up area at the end (same unit)
   * @param populationStart population at the start (positive)
   * @param populationEnd population at the end
   * @param years years between start and end (&gt; 0)
   * @return the result
   * @throws IndicatorException {@code IND-0007} for non-positive areas, populations or years
   */
  public static Result lcrpgr(double builtUpStart, double builtUpEnd, double populationStart, double populationEnd,
      double years) {
    if (!(builtUpStart > 0 && builtUpEnd > 0 && populationStart > 0 && populationEnd > 0 && years > 0)) {
      throw new IndicatorException(IndicatorErrorCode.CALCULATION, "LCRPGR needs positive areas, populations and"
          + " years, got area " + builtUpStart + " → " + builtUpEnd + ", population " + populationStart + " → "
          + populationEnd + ", years " + years + " / LCRPGR trenger positive arealer, folketall og år");
    }
    double lcr = Math.log(builtUpEnd / builtUpStart) / years;
    double pgr = Math.log(populationEnd / populationStart) / years;
    return new Result(lcr, pgr, pgr == 0 ? Optional.empty() : Optional.of(lcr / pgr));
  }

  /**
   * LCRPGR between two periods of a built-up-area series and a population series.
   *
   * @param builtUp built-up area
   * @param population population (same region)
   * @param from start period
   * @param to end period
   * @return the ratio for {@code to}; without value when an input is missing (status propagated) or the ratio is
   *     undefined ({@code NOT_APPLICABLE})
   */
  public static Observation lcrpgr(TimeSeries builtUp, TimeSeries population, Period from, Period to) {
    if (!builtUp.region().key().equals(population.region().key())) {
      throw new IndicatorException(IndicatorErrorCode.SERIES_MISMATCH, "built-up area is for " + builtUp.region()
          + " but population for " + population.region() + " / regionene er ulike");
    }
    double years = to.yearsSince(from);
    ObservationStatus st = ObservationStatus.OK;
    Observation[] in = {builtUp.at(from), builtUp.at(to), population.at(from), population.at(to)};
    for (Observation o : in) {
      st = ObservationStatus.combine(st, o.status());
    }
    if (!st.hasValue()) {
      return Observation.missing(to, st);
    }
    if (!(years > 0) || in[0].rawValue() <= 0 || in[1].rawValue() <= 0 || in[2].rawValue() <= 0
        || in[3].rawValue() <= 0) {
      return Observation.missing(to, ObservationStatus.NOT_APPLICABLE);
    }
    Result r = lcrpgr(in[0].rawValue(), in[1].rawValue(), in[2].rawValue(), in[3].rawValue(), years);
    ObservationStatus resultStatus = st == ObservationStatus.NIL ? ObservationStatus.OK : st;
    return r.ratio().map(v -> Observation.of(to, v, resultStatus))
        .orElse(Observation.missing(to, ObservationStatus.NOT_APPLICABLE));
  }
}
