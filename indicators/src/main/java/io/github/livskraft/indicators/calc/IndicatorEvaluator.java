package io.github.livskraft.indicators.calc;

import io.github.livskraft.indicators.Formula;
import io.github.livskraft.indicators.IndicatorDefinition;
import io.github.livskraft.indicators.IndicatorErrorCode;
import io.github.livskraft.indicators.IndicatorException;
import io.github.livskraft.indicators.series.Observation;
import io.github.livskraft.indicators.series.ObservationStatus;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.Provenance;
import io.github.livskraft.indicators.series.SeriesSet;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.municipalities.Region;
import io.github.livskraft.sdg.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Computes an indicator's series for a region from its definition's formula and the source series in a
 * {@link SeriesSet}. Source series are found by variable name: for a {@code value} formula the indicator id or the
 * numerator key; otherwise the numerator and denominator keys (e.g. {@code ghg} and {@code population} for
 * {@code climate.ghg-per-capita}).
 *
 * <pre>{@code
 * SeriesSet data = SeriesCsv.read(Path.of("kongsbergregionen.csv"));
 * TimeSeries ghg = IndicatorEvaluator.create().evaluate(lib.get("climate.ghg-per-capita"), data,
 *     Region.municipality("4005"));
 * }</pre>
 *
 * <p>UN 11.3.1 (LCRPGR) is computed for each period over the preceding window (default 5 years). Immutable and
 * thread-safe.
 */
public final class IndicatorEvaluator {
  private static final IndicatorEvaluator DEFAULTS = new IndicatorEvaluator(5, LcrFormula.LINEAR);
  private final int lcrpgrWindowYears;
  private final LcrFormula lcrFormula;

  private IndicatorEvaluator(int lcrpgrWindowYears, LcrFormula lcrFormula) {
    this.lcrpgrWindowYears = lcrpgrWindowYears;
    this.lcrFormula = lcrFormula;
  }

  /**
   * With another LCR formula for UN 11.3.1 (default {@link LcrFormula#LINEAR}, the 2021 metadata).
   *
   * @param formula the formula
   * @return the evaluator
   */
  public IndicatorEvaluator withLcrFormula(LcrFormula formula) {
    return new IndicatorEvaluator(lcrpgrWindowYears, java.util.Objects.requireNonNull(formula, "formula"));
  }

  /** The evaluator with default settings (LCRPGR window 5 years). */
  public static IndicatorEvaluator create() {
    return DEFAULTS;
  }

  /**
   * With another LCRPGR window.
   *
   * @param years the window in years (≥ 1)
   * @return the evaluator
   */
  public IndicatorEvaluator withLcrpgrWindow(int years) {
    if (years < 1) {
      throw new IndicatorException(IndicatorErrorCode.CALCULATION, IndicatorErrorCode.CALCULATION.fragment("lcrpgr-window", years), null);
    }
    return new IndicatorEvaluator(years, lcrFormula);
  }

  /**
   * One evaluated indicator for one region.
   *
   * @param definition the indicator
   * @param region the region
   * @param series the computed series
   */
  public record Evaluated(IndicatorDefinition definition, Region region, TimeSeries series) {}

  /**
   * Evaluates every definition for every region that has the data it needs.
   *
   * @param definitions the indicators
   * @param data the input series
   * @param regions the regions
   * @param strict when true a definition × region without the data it needs is an error naming the missing
   *     variables (for an explicit request); when false it is skipped (for "everything that can be computed")
   * @return the results, by definition then region
   * @throws io.github.livskraft.indicators.IndicatorException in strict mode when data are missing
   */
  public List<Evaluated> evaluateAll(List<IndicatorDefinition> definitions, SeriesSet data,
      List<? extends Region> regions,
      boolean strict) {
    List<Evaluated> out = new ArrayList<>();
    for (IndicatorDefinition d : definitions) {
      for (Region r : regions) {
        if (strict || canEvaluate(d, data, r)) {
          out.add(new Evaluated(d, r, evaluate(d, data, r)));
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * Whether the data has what the definition needs for a region.
   *
   * @param definition the definition
   * @param data the data
   * @param region the region
   * @return true if {@link #evaluate} will find its inputs
   */
  public boolean canEvaluate(IndicatorDefinition definition, SeriesSet data, Region region) {
    Formula f = definition.formula();
    if (f.denominator().isEmpty()) {
      return data.find(region, definition.id()).isPresent() || data.find(region, f.numerator()).isPresent();
    }
    return data.find(region, f.numerator()).isPresent() && data.find(region, f.denominator().get()).isPresent();
  }

  /**
   * Computes the indicator series.
   *
   * @param definition the definition
   * @param data the source series
   * @param region the region
   * @return the indicator series (variable = indicator id, unit and decimals from the definition)
   * @throws IndicatorException {@code IND-0006} naming the variables that were looked for
   */
  public TimeSeries evaluate(IndicatorDefinition definition, SeriesSet data, Region region) {
    Formula f = definition.formula();
    String unit = definition.unit().text(Language.NB);
    TimeSeries result;
    switch (f.kind()) {
      case VALUE: {
        Optional<TimeSeries> s = data.find(region, definition.id()).or(() -> data.find(region, f.numerator()));
        TimeSeries src = s.orElseThrow(() -> missing(definition, region, List.of(definition.id(), f.numerator())));
        return src.relabel(definition.id(), unit, definition.decimals(), src.provenance());
      }
      case LCRPGR: {
        TimeSeries area = need(definition, data, region, f.numerator());
        TimeSeries pop = need(definition, data, region, f.denominator().orElseThrow());
        List<Observation> out = new ArrayList<>();
        for (Period p : area.periods()) {
          Period from = p.plus(-lcrpgrWindowYears * p.frequency().perYear());
          out.add(area.find(from).isPresent() ? LandConsumption.lcrpgr(area, pop, from, p, lcrFormula)
              : Observation.missing(p, ObservationStatus.NOT_AVAILABLE));
        }
        return TimeSeries.of(region, definition.id(), unit, definition.decimals(),
            Provenance.derived("UN 11.3.1 LCRPGR over " + lcrpgrWindowYears + " years, "
                + (lcrFormula == LcrFormula.LINEAR ? "linear LCR (UN metadata 2021)" : "logarithmic LCR (pre-2021)"),
                List.of(area.provenance(), pop.provenance())), out);
      }
      default: {
        TimeSeries num = need(definition, data, region, f.numerator());
        TimeSeries den = need(definition, data, region, f.denominator().orElseThrow());
        result = SeriesMath.ratio(num, den, f.factor(), unit);
        return result.relabel(definition.id(), unit, definition.decimals(),
            Provenance.derived(f.text(), List.of(num.provenance(), den.provenance())));
      }
    }
  }

  /**
   * Computes the indicator for a group of municipalities (e.g. {@link Region#kongsbergregionen()}) by the
   * definition's {@link io.github.livskraft.indicators.AggregationRule}: {@code SUM} adds the members' values; {@code POPULATION_WEIGHTED_MEAN}
   * weights them by the {@code population} series; {@code MEDIAN} takes the median; {@code RECOMPUTE_FROM_COMPONENTS}
   * sums numerator and denominator over the members and applies the formula (exact), or — for an indicator
   * published only as a ratio — falls back to a population-weighted mean, which the provenance marks as an
   * approximation. A period where any member lacks a value has no value.
   *
   * @param definition the definition
   * @param data the members' series
   * @param group the group (members required)
   * @return the group's series
   * @throws IndicatorException {@code IND-0006} for a non-aggregable indicator, a group without members, or
   *     missing member series
   */
  public TimeSeries evaluateGroup(IndicatorDefinition definition, SeriesSet data, Region.Group group) {
    if (group.members().isEmpty()) {
      throw new IndicatorException(IndicatorErrorCode.SERIES_MISMATCH, IndicatorErrorCode.SERIES_MISMATCH.fragment("empty-group", group.id()), null);
    }
    List<Region> members = group.members().stream().map(m -> (Region) new Region.Municipality(m, "")).toList();
    Formula f = definition.formula();
    String unit = definition.unit().text(Language.NB);
    switch (definition.aggregation()) {
      case NOT_AGGREGABLE:
        throw new IndicatorException(IndicatorErrorCode.SERIES_MISMATCH, IndicatorErrorCode.SERIES_MISMATCH.fragment("not-aggregable", definition.id()), null);
      case RECOMPUTE_FROM_COMPONENTS:
        if (f.denominator().isPresent() && f.kind() != io.github.livskraft.indicators.FormulaKind.LCRPGR) {
          List<TimeSeries> nums = new ArrayList<>();
          List<TimeSeries> dens = new ArrayList<>();
          for (Region m : members) {
            nums.add(need(definition, data, m, f.numerator()));
            dens.add(need(definition, data, m, f.denominator().get()));
          }
          TimeSeries num = RegionalAggregator.aggregate(group, nums, AggregationMethod.SUM, List.of());
          TimeSeries den = RegionalAggregator.aggregate(group, dens, AggregationMethod.SUM, List.of());
          TimeSeries r = SeriesMath.ratio(num, den, f.factor(), unit);
          return r.relabel(definition.id(), unit, definition.decimals(), Provenance.derived(f.text()
              + ", numerator and denominator summed over " + members.size() + " municipalities",
              List.of(num.provenance(), den.provenance())));
        }
        return aggregated(definition, data, group, members, AggregationMethod.POPULATION_WEIGHTED_MEAN,
            "approximation: population-weighted mean of published values (components not available)");
      case SUM:
        return aggregated(definition, data, group, members, AggregationMethod.SUM, "sum");
      case MEDIAN:
        return aggregated(definition, data, group, members, AggregationMethod.MEDIAN, "median");
      default:
        return aggregated(definition, data, group, members, AggregationMethod.POPULATION_WEIGHTED_MEAN,
            "population-weighted mean");
    }
  }

  private TimeSeries aggregated(IndicatorDefinition d, SeriesSet data, Region.Group group, List<Region> members,
      AggregationMethod method, String description) {
    List<TimeSeries> values = new ArrayList<>();
    List<TimeSeries> pops = new ArrayList<>();
    for (Region m : members) {
      values.add(evaluate(d, data, m));
      if (method == AggregationMethod.POPULATION_WEIGHTED_MEAN) {
        pops.add(data.find(m, "population").orElseThrow(() -> missing(d, m, List.of("population"))));
      }
    }
    TimeSeries agg = RegionalAggregator.aggregate(group, values, method, pops);
    return agg.relabel(d.id(), d.unit().text(Language.NB), d.decimals(), Provenance.derived(description + " over "
        + members.size() + " municipalities", agg.provenance().inputs()));
  }

  private static TimeSeries need(IndicatorDefinition d, SeriesSet data, Region region, String key) {
    return data.find(region, key).orElseThrow(() -> missing(d, region, List.of(key)));
  }

  private static IndicatorException missing(IndicatorDefinition d, Region region, List<String> keys) {
    return new IndicatorException(IndicatorErrorCode.SERIES_MISMATCH, IndicatorErrorCode.SERIES_MISMATCH.fragment("needs-variable", d.id(), region, String.join(" | ", keys)), null);
  }
}
