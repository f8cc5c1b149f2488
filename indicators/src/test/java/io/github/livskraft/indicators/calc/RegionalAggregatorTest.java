package io.github.livskraft.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.livskraft.indicators.Direction;
import io.github.livskraft.indicators.TestData;
import io.github.livskraft.municipalities.Region;
import io.github.livskraft.indicators.series.ObservationStatus;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.SeriesSet;
import io.github.livskraft.indicators.series.TimeSeries;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Aggregation over Kongsbergregionen's seven municipalities, on real SSB figures. */
class RegionalAggregatorTest {
  private final SeriesSet data = TestData.kongsbergregionen();
  private final List<TimeSeries> pop = data.ofVariable("population");
  private final List<TimeSeries> kg = data.ofVariable("kindergarten.coverage-1-2");

  @Test
  void sum_of_population_over_the_seven() {
    TimeSeries total = RegionalAggregator.aggregate(Region.kongsbergregionen(), pop, AggregationMethod.SUM, List.of());
    double expected = pop.stream().mapToDouble(s -> s.at(Period.year(2024)).getValue()).sum();
    assertThat(total.at(Period.year(2024)).getValue()).isEqualTo(expected);
    assertThat(total.region().key()).isEqualTo("kongsbergregionen");
    assertThat(total.provenance().derived()).isTrue();
  }

  @Test
  void population_weighted_mean_lies_between_min_and_max_and_differs_from_plain_mean() {
    TimeSeries w = RegionalAggregator.aggregate(Region.kongsbergregionen(), kg,
        AggregationMethod.POPULATION_WEIGHTED_MEAN, pop);
    Period y = Period.year(2023);
    double[] v = kg.stream().mapToDouble(s -> s.at(y).getValue()).toArray();
    double[] p = kg.stream().mapToDouble(s -> data.get(s.region(), "population").at(y).getValue()).toArray();
    double num = 0;
    double den = 0;
    for (int i = 0; i < v.length; i++) {
      num += v[i] * p[i];
      den += p[i];
    }
    assertThat(w.at(y).getValue()).isCloseTo(num / den, within(1e-9));
    TimeSeries median = RegionalAggregator.aggregate(Region.kongsbergregionen(), kg, AggregationMethod.MEDIAN,
        List.of());
    double[] sorted = v.clone();
    java.util.Arrays.sort(sorted);
    assertThat(median.at(y).getValue()).isEqualTo(sorted[3]);
  }

  @Test
  void a_missing_member_makes_the_period_missing() {
    TimeSeries w = RegionalAggregator.aggregate(Region.kongsbergregionen(), kg,
        AggregationMethod.POPULATION_WEIGHTED_MEAN, pop);
    assertThat(w.find(Period.year(2024))).as("kindergarten data end in 2023").isEmpty();
    TimeSeries sum = RegionalAggregator.aggregate(Region.kongsbergregionen(), pop, AggregationMethod.SUM, List.of());
    TimeSeries withGap = sum.withObservations(List.of());
    assertThat(withGap.isEmpty()).isTrue();
    List<TimeSeries> six = kg.subList(0, 6);
    assertThatThrownBy(() -> RegionalAggregator.aggregate(Region.kongsbergregionen(), six, AggregationMethod.SUM,
        List.of())).hasMessageContaining("IND-0006").hasMessageContaining("kongsbergregionen");
    assertThatThrownBy(() -> RegionalAggregator.aggregate(Region.kongsbergregionen(), kg,
        AggregationMethod.POPULATION_WEIGHTED_MEAN, pop.subList(0, 3))).hasMessageContaining("population");
  }

  @Test
  void peer_comparison_ranks_by_direction() {
    TimeSeries subject = data.get(Region.municipality("3303"), "kindergarten.coverage-1-2");
    PeerComparison c = PeerComparison.compare(subject, kg, Period.year(2023), Direction.HIGHER_IS_BETTER);
    assertThat(c.peersWithValue()).isEqualTo(6);
    long better = kg.stream().filter(s -> !s.region().equals(subject.region()))
        .filter(s -> s.at(Period.year(2023)).getValue() > subject.at(Period.year(2023)).getValue()).count();
    assertThat(c.rank()).contains((int) better + 1);
    assertThat(c.differenceToMedian().orElseThrow())
        .isCloseTo(c.value().orElseThrow() - c.peerMedian().orElseThrow(), within(1e-12));
    PeerComparison lower = PeerComparison.compare(subject, kg, Period.year(2023), Direction.LOWER_IS_BETTER);
    assertThat(lower.rank().orElseThrow()).isEqualTo(7 - c.rank().orElseThrow() + 1);
  }

  @Test
  void status_of_missing_member_is_propagated() {
    Region a = Region.municipality("3303");
    Region b = Region.municipality("3334");
    TimeSeries x = TimeSeries.builder(a, "v").add(Period.year(2020), 1).build();
    TimeSeries y = TimeSeries.builder(b, "v").addMissing(Period.year(2020), ObservationStatus.CONFIDENTIAL).build();
    TimeSeries s = RegionalAggregator.aggregate(Region.parse("pair"), List.of(x, y), AggregationMethod.SUM, List.of());
    assertThat(s.at(Period.year(2020)).status()).isEqualTo(ObservationStatus.CONFIDENTIAL);
  }
}
