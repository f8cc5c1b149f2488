package io.github.livskraft.indicators.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.indicators.IndicatorException;
import io.github.livskraft.municipalities.Region;
import org.junit.jupiter.api.Test;

class TimeSeriesTest {
  private final Region kongsberg = Region.municipality("3303");

  @Test
  void observations_are_sorted_and_looked_up_by_period() {
    TimeSeries s = TimeSeries.builder(kongsberg, "x").add(Period.year(2022), 2).add(Period.year(2020), 1)
        .addMissing(Period.year(2023), ObservationStatus.CONFIDENTIAL).build();
    assertThat(s.periods()).containsExactly(Period.year(2020), Period.year(2022), Period.year(2023));
    assertThat(s.find(Period.year(2021))).isEmpty();
    assertThat(s.at(Period.year(2021)).status()).isEqualTo(ObservationStatus.NOT_AVAILABLE);
    assertThat(s.latestWithValue()).hasValueSatisfying(o -> assertThat(o.period()).isEqualTo(Period.year(2022)));
    assertThat(s.firstWithValueFrom(Period.year(2021)).orElseThrow().getValue()).isEqualTo(2);
    assertThat(s.mapValues(v -> v * 10).at(Period.year(2023)).status()).isEqualTo(ObservationStatus.CONFIDENTIAL);
    assertThat(s.between(Period.year(2021), Period.year(2023)).size()).isEqualTo(2);
  }

  @Test
  void duplicate_periods_and_mixed_frequencies_are_rejected() {
    assertThatThrownBy(() -> TimeSeries.builder(kongsberg, "x").add(Period.year(2020), 1).add(Period.year(2020), 2)
        .build()).isInstanceOf(IndicatorException.class).hasMessageContaining("IND-0006")
        .hasMessageContaining("2020");
    assertThatThrownBy(() -> TimeSeries.builder(kongsberg, "x").add(Period.year(2020), 1)
        .add(Period.quarter(2020, 1), 2).build()).hasMessageContaining("mixes");
  }
}
