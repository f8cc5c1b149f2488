package io.github.livskraft.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.livskraft.municipalities.Region;
import io.github.livskraft.indicators.series.Observation;
import io.github.livskraft.indicators.series.ObservationStatus;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.TimeSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Invariants of the calculators (jqwik). */
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

  @Property
  void per_capita_is_linear_in_the_numerator(@ForAll @Size(min = 1, max = 20) List<@DoubleRange(min = 0, max = 1e7) Double> num,
      @ForAll @DoubleRange(min = 0.01, max = 1000) double k, @ForAll @IntRange(min = 1, max = 1_000_000) int pop) {
    TimeSeries n = series("n", num);
    TimeSeries p = series("p", num.stream().map(x -> (double) pop).toList());
    TimeSeries once = SeriesMath.perCapita(n.mapValues(v -> v * k), p, PerCapitaScale.PER_1_000);
    TimeSeries scaled = SeriesMath.perCapita(n, p, PerCapitaScale.PER_1_000).mapValues(v -> v * k);
    for (int i = 0; i < num.size(); i++) {
      assertThat(once.observation(i).getValue()).isCloseTo(scaled.observation(i).getValue(),
          within(1e-9 * Math.max(1, Math.abs(scaled.observation(i).getValue()))));
    }
  }

  @Property
  void per_capita_scales_differ_by_their_factor(@ForAll @DoubleRange(min = 0, max = 1e6) double num,
      @ForAll @IntRange(min = 1, max = 1_000_000) int pop) {
    TimeSeries n = series("n", List.of(num));
    TimeSeries p = series("p", List.of((double) pop));
    double per1 = SeriesMath.perCapita(n, p, PerCapitaScale.PER_1).observation(0).getValue();
    double per100k = SeriesMath.perCapita(n, p, PerCapitaScale.PER_100_000).observation(0).getValue();
    assertThat(per100k).isCloseTo(per1 * 100_000, within(1e-6 * Math.max(1, per100k)));
  }

  @Property
  void shares_sum_to_one(@ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = 0, max = 1e9) Double> parts) {
    double[] arr = parts.stream().mapToDouble(Double::doubleValue).toArray();
    double[] shares = SeriesMath.shares(arr);
    if (Arrays.stream(arr).sum() > 0) {
      assertThat(Arrays.stream(shares).sum()).isCloseTo(1.0, within(1e-9));
      assertThat(Arrays.stream(shares).allMatch(s -> s >= 0 && s <= 1)).isTrue();
    } else {
      assertThat(Arrays.stream(shares).allMatch(Double::isNaN)).isTrue();
    }
  }

  @Property
  void cagr_of_a_constant_series_is_zero(@ForAll @DoubleRange(min = 0.01, max = 1e9) double v,
      @ForAll @IntRange(min = 2, max = 30) int n) {
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

  @Property
  void cagr_recovers_a_constant_growth_rate(@ForAll @DoubleRange(min = -0.5, max = 0.5) double rate,
      @ForAll @DoubleRange(min = 1, max = 1e6) double start, @ForAll @IntRange(min = 1, max = 25) int years) {
    double end = start * Math.pow(1 + rate, years);
    assertThat(SeriesMath.cagr(end, start, years)).isCloseTo(rate, within(1e-9));
  }

  @Property
  void index_is_100_in_the_base_period(@ForAll @Size(min = 1, max = 20) List<@DoubleRange(min = 0.1, max = 1e6) Double> v,
      @ForAll @IntRange(min = 0, max = 19) int base) {
    int b = Math.min(base, v.size() - 1);
    TimeSeries idx = SeriesMath.index(series("v", v), Period.year(2000 + b));
    assertThat(idx.at(Period.year(2000 + b)).getValue()).isCloseTo(100, within(1e-9));
  }

  @Property
  void a_missing_input_is_missing_in_every_binary_result(@ForAll("withGaps") List<Double> a,
      @ForAll("withGaps") List<Double> b) {
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

  @Provide
  Arbitrary<List<Double>> withGaps() {
    return Arbitraries.doubles().between(-1e6, 1e6).injectNull(0.3).list().ofMinSize(1).ofMaxSize(15);
  }
}
