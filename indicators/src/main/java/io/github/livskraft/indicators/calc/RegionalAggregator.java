package io.github.livskraft.indicators.calc;

import io.github.livskraft.indicators.IndicatorErrorCode;
import io.github.livskraft.indicators.IndicatorException;
import io.github.livskraft.indicators.series.Observation;
import io.github.livskraft.indicators.series.ObservationStatus;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.Provenance;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.municipalities.Region;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Aggregates municipal series into a series for a group, e.g. Kongsbergregionen's seven municipalities: sum, mean,
 * population-weighted mean or median.
 *
 * <p>Strict about completeness: a period where any member has no value has no value in the result (the status says
 * why), because a sum or mean over fewer members would look like a real regional figure. Do not recompute SSB's own
 * national or KOSTRA-group figures ({@code EAK}, {@code EKG..}) this way: they are SSB's weighted estimates.
 *
 * <pre>{@code
 * TimeSeries region = RegionalAggregator.aggregate(Region.kongsbergregionen(), memberSeries,
 *     AggregationMethod.POPULATION_WEIGHTED_MEAN, memberPopulations);
 * }</pre>
 *
 * <p>Stateless.
 */
public final class RegionalAggregator {
  private RegionalAggregator() {}

  /**
   * Aggregates.
   *
   * @param group the target region (its members, if listed, must be exactly the members' regions)
   * @param members one series per member municipality
   * @param method the method
   * @param populations population series per member (required for {@code POPULATION_WEIGHTED_MEAN}, else may be
   *     empty)
   * @return the group's series
   * @throws IndicatorException {@code IND-0006} if members do not match the group, a region appears twice, or a
   *     population series is missing
   */
  public static TimeSeries aggregate(Region group, List<TimeSeries> members, AggregationMethod method,
      List<TimeSeries> populations) {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(method, "method");
    if (members.isEmpty()) {
      throw new IndicatorException(IndicatorErrorCode.SERIES_MISMATCH, IndicatorErrorCode.SERIES_MISMATCH.fragment("no-members", group), null);
    }
    Set<String> keys = new HashSet<>();
    for (TimeSeries s : members) {
      if (!keys.add(s.region().key())) {
        throw new IndicatorException(IndicatorErrorCode.SERIES_MISMATCH, IndicatorErrorCode.SERIES_MISMATCH.fragment("member-twice", s.region()), null);
      }
    }
    if (group instanceof Region.Group g && !g.members().isEmpty()) {
      Set<String> expected = new HashSet<>();
      for (MunicipalityCode m : g.members()) {
        expected.add(m.value());
      }
      if (!expected.equals(keys)) {
        throw new IndicatorException(IndicatorErrorCode.SERIES_MISMATCH, IndicatorErrorCode.SERIES_MISMATCH.fragment("members-differ", keys, g.id(), expected), null);
      }
    }
    Map<String, TimeSeries> pop = new HashMap<>();
    for (TimeSeries p : populations) {
      pop.put(p.region().key(), p);
    }
    if (method == AggregationMethod.POPULATION_WEIGHTED_MEAN && !pop.keySet().containsAll(keys)) {
      Set<String> lacking = new HashSet<>(keys);
      lacking.removeAll(pop.keySet());
      throw new IndicatorException(IndicatorErrorCode.SERIES_MISMATCH, IndicatorErrorCode.SERIES_MISMATCH.fragment("no-population", lacking), null);
    }
    List<Period> periods = SeriesMath.periods(members);
    List<Observation> out = new ArrayList<>(periods.size());
    List<Provenance> inputs = new ArrayList<>();
    members.forEach(m -> inputs.add(m.provenance()));
    for (Period p : periods) {
      ObservationStatus st = ObservationStatus.OK;
      double[] v = new double[members.size()];
      double[] w = new double[members.size()];
      for (int i = 0; i < members.size(); i++) {
        TimeSeries s = members.get(i);
        Observation o = s.at(p);
        st = ObservationStatus.combine(st, o.status());
        v[i] = o.rawValue();
        if (method == AggregationMethod.POPULATION_WEIGHTED_MEAN) {
          Observation po = pop.get(s.region().key()).at(p);
          st = ObservationStatus.combine(st, po.status());
          w[i] = po.rawValue();
        }
      }
      if (!st.hasValue()) {
        out.add(Observation.missing(p, st));
        continue;
      }
      double r = combine(method, v, w);
      out.add(Double.isFinite(r) ? Observation.of(p, r, st == ObservationStatus.NIL ? ObservationStatus.OK : st)
          : Observation.missing(p, ObservationStatus.NOT_APPLICABLE));
    }
    TimeSeries first = members.get(0);
    return TimeSeries.of(group, first.variable(), first.unit(), first.decimals(),
        Provenance.derived(method.name().toLowerCase(java.util.Locale.ROOT) + " over " + members.size()
            + " municipalities", inputs), out);
  }

  /**
   * Combines values (no missing values).
   *
   * @param method the method
   * @param values the values
   * @param weights the weights (population-weighted mean only)
   * @return the aggregate; NaN if the weights sum to 0
   */
  public static double combine(AggregationMethod method, double[] values, double[] weights) {
    switch (method) {
      case SUM: {
        double s = 0;
        for (double v : values) {
          s += v;
        }
        return s;
      }
      case MEAN: {
        double s = 0;
        for (double v : values) {
          s += v;
        }
        return s / values.length;
      }
      case POPULATION_WEIGHTED_MEAN: {
        double s = 0;
        double ws = 0;
        for (int i = 0; i < values.length; i++) {
          s += values[i] * weights[i];
          ws += weights[i];
        }
        return ws == 0 ? Double.NaN : s / ws;
      }
      default:
        return median(values);
    }
  }

  /**
   * The median (mean of the two middle values for an even count).
   *
   * @param values the values (not modified)
   * @return the median, NaN for none
   */
  public static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] s = values.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }
}
