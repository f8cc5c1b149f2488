package io.github.livskraft.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.livskraft.municipalities.Region;
import io.github.livskraft.indicators.series.ObservationStatus;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.testing.Gen;
import io.github.livskraft.testing.PropertyTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * UN 11.3.1 by the formulas of UN-Habitat's SDG indicator metadata (11.3.1, "Ratio of land consumption rate to
 * population growth rate"): LCR = ln(Urb(t+n)/Urb(t))/y, PGR = ln(Pop(t+n)/Pop(t))/y, LCRPGR = LCR/PGR.
 * The metadata's reading: a ratio of 1 means land and population grow at the same rate; above 1, land is consumed
 * faster than the population grows.
 */
class LandConsumptionTest {
  @Test
  void metadata_formula_components() {
    LandConsumption.Result r = LandConsumption.lcrpgr(100, 150, 1000, 1100, 10);
    assertThat(r.landConsumptionRate()).isCloseTo(Math.log(1.5) / 10, within(1e-15));
    assertThat(r.populationGrowthRate()).isCloseTo(Math.log(1.1) / 10, within(1e-15));
    assertThat(r.ratio().orElseThrow()).isCloseTo(Math.log(1.5) / Math.log(1.1), within(1e-12));
    assertThat(r.ratio().orElseThrow()).as("land grows faster than population").isGreaterThan(1);
  }

  @Test
  void undefined_when_population_is_constant_and_invalid_inputs_fail() {
    assertThat(LandConsumption.lcrpgr(100, 120, 500, 500, 5).ratio()).isEmpty();
    assertThatThrownBy(() -> LandConsumption.lcrpgr(0, 120, 500, 510, 5)).hasMessageContaining("IND-0007");
  }

  @PropertyTest
  void equal_relative_growth_gives_one(Gen g) {
    double factor = g.doubleBetween(1.01, 3);
    double area = g.doubleBetween(1, 1e4);
    double pop = g.doubleBetween(100, 1e6);
    int years = g.intBetween(1, 30);
    assertThat(LandConsumption.lcrpgr(area, area * factor, pop, pop * factor, years).ratio().orElseThrow())
        .isCloseTo(1.0, within(1e-9));
  }

  // every value of the domain (1..30 years), rather than a sample
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26,
      27, 28, 29, 30})
  void the_ratio_does_not_depend_on_the_number_of_years(int years) {
    assertThat(LandConsumption.lcrpgr(100, 130, 1000, 1050, years).ratio().orElseThrow())
        .isCloseTo(Math.log(1.3) / Math.log(1.05), within(1e-12));
  }

  @Test
  void series_version_propagates_status() {
    Region r = Region.municipality("3303");
    TimeSeries area = TimeSeries.builder(r, "a").add(Period.year(2015), 10).add(Period.year(2020), 12).build();
    TimeSeries pop = TimeSeries.builder(r, "p").add(Period.year(2015), 100)
        .addMissing(Period.year(2020), ObservationStatus.NOT_AVAILABLE).build();
    assertThat(LandConsumption.lcrpgr(area, pop, Period.year(2015), Period.year(2020)).status())
        .isEqualTo(ObservationStatus.NOT_AVAILABLE);
  }
}
