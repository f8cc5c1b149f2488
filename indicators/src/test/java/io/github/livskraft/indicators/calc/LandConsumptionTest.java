package io.github.livskraft.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.livskraft.municipalities.Region;
import io.github.livskraft.indicators.series.ObservationStatus;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.TimeSeries;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

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

  @Property
  void equal_relative_growth_gives_one(@ForAll @DoubleRange(min = 1.01, max = 3) double factor,
      @ForAll @DoubleRange(min = 1, max = 1e4) double area, @ForAll @DoubleRange(min = 100, max = 1e6) double pop,
      @ForAll @IntRange(min = 1, max = 30) int years) {
    assertThat(LandConsumption.lcrpgr(area, area * factor, pop, pop * factor, years).ratio().orElseThrow())
        .isCloseTo(1.0, within(1e-9));
  }

  @Property
  void the_ratio_does_not_depend_on_the_number_of_years(@ForAll @IntRange(min = 1, max = 30) int years) {
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
