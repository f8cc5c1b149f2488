package io.github.livskraft.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.livskraft.municipalities.Region;
import io.github.livskraft.indicators.series.Observation;
import io.github.livskraft.indicators.series.ObservationStatus;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.Provenance;
import io.github.livskraft.indicators.series.TimeSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import io.github.livskraft.testing.Gen;
import io.github.livskraft.testing.PropertyTest;

/** Invariants of the calculators (property tests over seeded generators). */
class SeriesMathPropertyTest {
  private static final Region R = Region.municipality("3303");

  private static TimeSeries series(String name, List<Double> values) {
    TimeSeries.Builder b = TimeSeries.builder(R, name);
    for (int i = 0; i < values.size(); i++) {
      Double v = values.get(i);
      if (v == null) {
        b.addMissing(Period.year(2000 + i), ObservationStatus.NOT_AVAILABLE);
      } else {
        b.add(Period.year(2000 + i), v);
      }
    }
    return b.build();
  }

  @PropertyTest
  void per_capita_is_linear_in_the_numerator(Gen g) {
    List<Double> num = g.list(1, 20, x -> x.doubleBetween(0, 1e7));
    double k = g.doubleBetween(0.01, 1000);
    int pop = g.intBetween(1, 1_000_000);
    TimeSeries n = series("n", num);
    TimeSeries p = series("p", num.stream().map(x -> (double) pop).toList());
    TimeSeries once = SeriesMath.perCapita(n.mapValues(v -> v * k), p, PerCapitaScale.PER_1_000);
    TimeSeries scaled = SeriesMath.perCapita(n, p, PerCapitaScale.PER_1_000).mapValues(v -> v * k);
    for (int i = 0; i < num.size(); i++) {
      assertThat(once.observation(i).getValue()).isCloseTo(scaled.observation(i).getValue(),
          within(1e-9 * Math.max(1, Math.abs(scaled.observation(i).getValue()))));
    }
  }

  @PropertyTest
  void per_capita_scales_differ_by_their_factor(Gen g) {
    double num = g.doubleBetween(0, 1e6);
    int pop = g.intBetween(1, 1_000_000);
    TimeSeries n = series("n", List.of(num));
    TimeSeries p = series("p", List.of((double) pop));
    double per1 = SeriesMath.perCapita(n, p, PerCapitaScale.PER_1).observation(0).getValue();
    double per100k = SeriesMath.perCapita(n, p, PerCapitaScale.PER_100_000).observation(0).getValue();
    assertThat(per100k).isCloseTo(per1 * 100_000, within(1e-6 * Math.max(1, per100k)));
  }

  @PropertyTest
  void shares_sum_to_one(Gen g) {
    // a tenth of the cases are all zeros (the NaN branch), which uniform draws would never reach
    List<Double> parts = g.chance(0.1) ? g.list(1, 30, x -> 0.0) : g.list(1, 30, x -> x.doubleBetween(0, 1e9));
    double[] arr = parts.stream().mapToDouble(Double::doubleValue).toArray();
    double[] shares = SeriesMath.shares(arr);
    if (Arrays.stream(arr).sum() > 0) {
      assertThat(Arrays.stream(shares).sum()).isCloseTo(1.0, within(1e-9));
      assertThat(Arrays.stream(shares).allMatch(s -> s >= 0 && s <= 1)).isTrue();
    } else {
      assertThat(Arrays.stream(shares).allMatch(Double::isNaN)).isTrue();
    }
  }

  @PropertyTest
  void cagr_of_a_constant_series_is_zero(Gen g) {
    double v = g.doubleBetween(0.01, 1e9);
    int n = g.intBetween(2, 30);
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      values.add(v);
    }
    TimeSeries s = series("c", values);
    assertThat(SeriesMath.cagr(s, Period.year(2000), Period.year(2000 + n - 1)).getValue()).isCloseTo(0,
        within(1e-12));
    assertThat(SeriesMath.movingAverage(s, Math.min(3, n)).latestWithValue().orElseThrow().getValue())
        .isCloseTo(v, within(1e-9 * v));
  }

  @PropertyTest
  void cagr_recovers_a_constant_growth_rate(Gen g) {
    double rate = g.doubleBetween(-0.5, 0.5);
    double start = g.doubleBetween(1, 1e6);
    int years = g.intBetween(1, 25);
    double end = start * Math.pow(1 + rate, years);
    assertThat(SeriesMath.cagr(end, start, years)).isCloseTo(rate, within(1e-9));
  }

  @PropertyTest
  void index_is_100_in_the_base_period(Gen g) {
    List<Double> v = g.list(1, 20, x -> x.doubleBetween(0.1, 1e6));
    int base = g.intBetween(0, 19);
    int b = Math.min(base, v.size() - 1);
    TimeSeries idx = SeriesMath.index(series("v", v), Period.year(2000 + b));
    assertThat(idx.at(Period.year(2000 + b)).getValue()).isCloseTo(100, within(1e-9));
  }

  @PropertyTest
  void a_missing_input_is_missing_in_every_binary_result(Gen g) {
    List<Double> a = withGaps(g);
    List<Double> b = withGaps(g);
    int n = Math.min(a.size(), b.size());
    TimeSeries x = series("x", a.subList(0, n));
    TimeSeries y = series("y", b.subList(0, n));
    for (TimeSeries r : List.of(SeriesMath.difference(x, y), SeriesMath.ratio(x, y, 1, ""),
        SeriesMath.perCapita(x, y, PerCapitaScale.PER_1), SeriesMath.percentage(x, y))) {
      for (int i = 0; i < n; i++) {
        Observation o = r.observation(i);
        if (a.get(i) == null || b.get(i) == null) {
          assertThat(o.hasValue()).isFalse();
          assertThat(o.status()).isEqualTo(ObservationStatus.NOT_AVAILABLE);
        }
      }
    }
  }

  /** 1..15 values in [-1e6, 1e6], each missing (null) with probability 0.3. */
  private static List<Double> withGaps(Gen g) {
    return g.list(1, 15, x -> x.nullOr(0.3, y -> y.doubleBetween(-1e6, 1e6)));
  }

  /**
   * A random series over some of the years 2000–2011 with any status (values of every size, zeros included), so
   * that pairs are often unaligned.
   */
  private static TimeSeries randomSeries(Gen g, String name, Provenance provenance) {
    TimeSeries.Builder b = TimeSeries.builder(R, name).unit(g.pick("", "t", "kr")).decimals(g.intBetween(0, 3))
        .provenance(provenance);
    boolean gaps = g.chance(0.5);
    for (int y = 2000; y < 2012; y++) {
      if (gaps && g.chance(0.3)) {
        continue;
      }
      ObservationStatus st = g.chance(0.6) ? ObservationStatus.OK : g.pick(ObservationStatus.class);
      if (st == ObservationStatus.NIL) {
        b.add(Observation.of(Period.year(y), 0, st));
      } else if (st.hasValue()) {
        b.add(Observation.of(Period.year(y), g.chance(0.1) ? 0 : g.doubleBetween(-1e6, 1e6), st));
      } else {
        b.addMissing(Period.year(y), st);
      }
    }
    return b.build();
  }

  /** The object-by-object algorithm that combine had before the series were stored as columns. */
  private static TimeSeries referenceCombine(TimeSeries a, TimeSeries b, java.util.function.DoubleBinaryOperator op,
      String variable, String unit, int decimals, String description) {
    List<Observation> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      Observation x = i < a.size() ? a.observation(i) : null;
      Observation y = j < b.size() ? b.observation(j) : null;
      int c = x == null ? 1 : y == null ? -1 : x.period().compareTo(y.period());
      if (c < 0) {
        out.add(Observation.missing(x.period(), ObservationStatus.combine(x.status(),
            ObservationStatus.NOT_AVAILABLE)));
        i++;
      } else if (c > 0) {
        out.add(Observation.missing(y.period(), ObservationStatus.combine(y.status(),
            ObservationStatus.NOT_AVAILABLE)));
        j++;
      } else {
        ObservationStatus st = ObservationStatus.combine(x.status(), y.status());
        if (!st.hasValue()) {
          out.add(Observation.missing(x.period(), st));
        } else {
          double v = op.applyAsDouble(x.rawValue(), y.rawValue());
          out.add(Double.isFinite(v)
              ? Observation.of(x.period(), v, st == ObservationStatus.NIL ? ObservationStatus.OK : st)
              : Observation.missing(x.period(), ObservationStatus.NOT_APPLICABLE));
        }
        i++;
        j++;
      }
    }
    return TimeSeries.of(a.region(), variable, unit, decimals,
        Provenance.derived(description, List.of(a.provenance(), b.provenance())), out);
  }

  @PropertyTest(cases = 2000)
  void per_capita_on_columns_equals_the_observation_by_observation_reference(Gen g) {
    Provenance ssb = Provenance.ssb("07459", "Personer1", null);
    TimeSeries n = randomSeries(g, "n", g.chance(0.5) ? ssb : Provenance.unknown());
    TimeSeries p = randomSeries(g, "population", g.chance(0.5) ? ssb : Provenance.of("file", "Kilde: fil"));
    PerCapitaScale scale = g.pick(PerCapitaScale.class);
    double f = scale.factor();
    TimeSeries expected = referenceCombine(n, p, (a, b) -> b == 0 ? Double.NaN : a / b * f, "n/capita",
        n.unit().isEmpty() ? scale.unitSuffix() : n.unit() + " " + scale.unitSuffix(), Math.max(n.decimals(), 1),
        "per capita (" + scale + ")");
    TimeSeries actual = SeriesMath.perCapita(n, p, scale);
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.observations()).isEqualTo(expected.observations());
    assertThat(actual.periods()).isEqualTo(expected.periods());
    assertThat(actual.hashCode()).isEqualTo(expected.hashCode());
    assertThat(actual.toString()).isEqualTo(expected.toString());
    TimeSeries diff = SeriesMath.difference(n, p);
    assertThat(diff).isEqualTo(referenceCombine(n, p, (a, b) -> a - b, "n-population", n.unit(), n.decimals(),
        "difference"));
  }
}
