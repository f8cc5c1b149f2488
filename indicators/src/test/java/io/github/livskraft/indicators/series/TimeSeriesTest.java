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

  private static final Region KONGSBERG = Region.municipality("3303");

  @Test
  void columnsMakeTheSameSeriesAsObservations() {
    TimeSeries byObservations = TimeSeries.builder(KONGSBERG, "x").unit("t").decimals(2)
        .add(Period.year(2020), 1.5).addMissing(Period.year(2021), ObservationStatus.CONFIDENTIAL)
        .add(Observation.of(Period.year(2022), 0, ObservationStatus.NIL)).build();
    TimeSeries byColumns = TimeSeries.ofColumns(KONGSBERG, "x", "t", 2, Provenance.unknown(),
        java.util.List.of(Period.year(2020), Period.year(2021), Period.year(2022)), new double[] {1.5, 99, 0},
        new ObservationStatus[] {ObservationStatus.OK, ObservationStatus.CONFIDENTIAL, ObservationStatus.NIL});
    TimeSeries.ColumnsBuilder b = TimeSeries.columnsBuilder(byObservations.periods());
    b.set(0, 1.5, ObservationStatus.OK).set(1, 7, ObservationStatus.CONFIDENTIAL).set(2, 0, ObservationStatus.NIL);
    TimeSeries built = b.build(KONGSBERG, "x", "t", 2, Provenance.unknown());
    assertThat(byColumns).isEqualTo(byObservations).hasSameHashCodeAs(byObservations);
    assertThat(built).isEqualTo(byObservations);
    assertThat(byColumns.observations()).isEqualTo(byObservations.observations());
    assertThat(byColumns.rawValue(1)).isNaN();
    assertThat(byColumns.status(1)).isEqualTo(ObservationStatus.CONFIDENTIAL);
    assertThat(byColumns.latestIndexWithValue()).isEqualTo(2);
    assertThat(byColumns.firstIndexWithValueFrom(Period.year(2021))).isEqualTo(2);
    assertThatThrownBy(() -> b.set(0, 2, ObservationStatus.OK)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void columnsAreCheckedLikeObservations() {
    java.util.List<Period> unsorted = java.util.List.of(Period.year(2021), Period.year(2020));
    assertThatThrownBy(() -> TimeSeries.ofColumns(KONGSBERG, "x", "", 1, Provenance.unknown(), unsorted,
        new double[] {1, 2}, new ObservationStatus[] {ObservationStatus.OK, ObservationStatus.OK}))
        .isInstanceOf(IndicatorException.class).hasMessageContaining("2020").hasMessageContaining("2021");
    java.util.List<Period> two = java.util.List.of(Period.year(2020), Period.year(2021));
    assertThatThrownBy(() -> TimeSeries.ofColumns(KONGSBERG, "x", "", 1, Provenance.unknown(), two,
        new double[] {1}, new ObservationStatus[] {ObservationStatus.OK, ObservationStatus.OK}))
        .isInstanceOf(IndicatorException.class).hasMessageContaining("2 periods but 1 values");
    assertThatThrownBy(() -> TimeSeries.ofColumns(KONGSBERG, "x", "", 1, Provenance.unknown(), two,
        new double[] {1, Double.NaN}, new ObservationStatus[] {ObservationStatus.OK, ObservationStatus.OK}))
        .isInstanceOf(IndicatorException.class).hasMessageContaining("NaN");
    TimeSeries.ColumnsBuilder b = TimeSeries.columnsBuilder(unsorted);
    b.set(0, 1, ObservationStatus.OK).set(1, 2, ObservationStatus.OK);
    assertThatThrownBy(() -> b.build(KONGSBERG, "x", "", 1, Provenance.unknown()))
        .isInstanceOf(IndicatorException.class);
    TimeSeries.ColumnsBuilder unset = TimeSeries.columnsBuilder(two).set(0, 1, ObservationStatus.OK);
    assertThatThrownBy(() -> unset.build(KONGSBERG, "x", "", 1, Provenance.unknown()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> TimeSeries.columnsBuilder(two).set(0, 3, ObservationStatus.NIL))
        .isInstanceOf(IndicatorException.class);
  }
}
