package io.github.livskraft.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.livskraft.indicators.IndicatorException;
import io.github.livskraft.indicators.TestData;
import io.github.livskraft.municipalities.Region;
import io.github.livskraft.indicators.series.ObservationStatus;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.SeriesSet;
import io.github.livskraft.indicators.series.TimeSeries;
import org.junit.jupiter.api.Test;

class SeriesMathTest {
  private final Region notodden = Region.municipality("4005");
  private final SeriesSet data = TestData.kongsbergregionen();

  @Test
  void ghg_per_capita_from_real_miljodirektoratet_and_ssb_figures_is_derived() {
    TimeSeries ghg = data.get(notodden, "ghg");
    TimeSeries pop = data.get(notodden, "population");
    TimeSeries perCapita = SeriesMath.perCapita(ghg, pop, PerCapitaScale.PER_1);
    double expected = ghg.at(Period.year(2023)).getValue() / pop.at(Period.year(2023)).getValue();
    assertThat(perCapita.at(Period.year(2023)).getValue()).isEqualTo(expected);
    assertThat(perCapita.provenance().derived()).isTrue();
    assertThat(perCapita.provenance().inputs()).hasSize(2);
    assertThat(perCapita.provenance().attribution()).contains("Miljødirektoratet").contains("Statistisk sentralbyrå");
    assertThat(perCapita.unit()).endsWith("per innbygger");
    assertThat(SeriesMath.perCapita(ghg, pop, PerCapitaScale.PER_1_000).unit()).endsWith("per 1 000 innbyggere");
  }

  @Test
  void missing_and_flagged_values_propagate_and_are_never_zero() {
    TimeSeries a = TimeSeries.builder(notodden, "a").add(Period.year(2020), 10).add(Period.year(2021), 20)
        .addMissing(Period.year(2022), ObservationStatus.CONFIDENTIAL).add(Period.year(2023), 5).build();
    TimeSeries b = TimeSeries.builder(notodden, "b").add(Period.year(2020), 0)
        .addMissing(Period.year(2021), ObservationStatus.NOT_AVAILABLE).add(Period.year(2022), 4).build();
    TimeSeries r = SeriesMath.ratio(a, b, 1, "x");
    assertThat(r.at(Period.year(2020)).status()).as("division by zero").isEqualTo(ObservationStatus.NOT_APPLICABLE);
    assertThat(r.at(Period.year(2021)).status()).isEqualTo(ObservationStatus.NOT_AVAILABLE);
    assertThat(r.at(Period.year(2022)).status()).isEqualTo(ObservationStatus.CONFIDENTIAL);
    assertThat(r.at(Period.year(2023)).status()).as("period missing from b").isEqualTo(ObservationStatus.NOT_AVAILABLE);
    assertThat(r.observations()).noneMatch(o -> o.hasValue());
    TimeSeries sum = SeriesMath.combine(a, b, Double::sum, "s", "", 0, "sum");
    assertThat(sum.at(Period.year(2020)).getValue()).isEqualTo(10);
    assertThat(sum.at(Period.year(2021)).hasValue()).isFalse();
  }

  @Test
  void regions_must_match() {
    TimeSeries a = data.get(notodden, "population");
    TimeSeries b = data.get(Region.municipality("4026"), "population");
    assertThatThrownBy(() -> SeriesMath.difference(a, b)).isInstanceOf(IndicatorException.class)
        .hasMessageContaining("IND-0006").hasMessageContaining("4005").hasMessageContaining("4026");
  }

  @Test
  void growth_index_cagr_and_moving_average_on_real_population() {
    TimeSeries pop = data.get(Region.municipality("3303"), "population");
    double p2015 = pop.at(Period.year(2015)).getValue();
    double p2024 = pop.at(Period.year(2024)).getValue();
    assertThat(SeriesMath.index(pop, Period.year(2015)).at(Period.year(2024)).getValue())
        .isCloseTo(p2024 / p2015 * 100, within(1e-9));
    assertThat(SeriesMath.cagr(pop, Period.year(2015), Period.year(2024)).getValue())
        .isCloseTo(Math.pow(p2024 / p2015, 1 / 9.0) - 1, within(1e-12));
    TimeSeries g = SeriesMath.growthRate(pop);
    assertThat(g.at(Period.year(2015)).status()).isEqualTo(ObservationStatus.NOT_AVAILABLE);
    assertThat(g.at(Period.year(2016)).getValue()).isCloseTo(pop.at(Period.year(2016)).getValue() / p2015 - 1,
        within(1e-12));
    TimeSeries ma = SeriesMath.movingAverage(pop, 3);
    assertThat(ma.at(Period.year(2016)).hasValue()).isFalse();
    assertThat(ma.at(Period.year(2017)).getValue()).isCloseTo((p2015 + pop.at(Period.year(2016)).getValue()
        + pop.at(Period.year(2017)).getValue()) / 3, within(1e-9));
    assertThatThrownBy(() -> SeriesMath.movingAverage(pop, 0)).hasMessageContaining("IND-0007");
  }

  @Test
  void index_without_base_value_carries_the_base_status() {
    TimeSeries s = TimeSeries.builder(notodden, "x").addMissing(Period.year(2015), ObservationStatus.CONFIDENTIAL)
        .add(Period.year(2016), 3).build();
    assertThat(SeriesMath.index(s, Period.year(2015)).at(Period.year(2016)).status())
        .isEqualTo(ObservationStatus.CONFIDENTIAL);
  }
}
