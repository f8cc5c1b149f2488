package io.github.livskraft.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.livskraft.indicators.series.Observation;
import io.github.livskraft.indicators.series.ObservationStatus;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.municipalities.Region;
import io.github.livskraft.sdg.Language;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * UN 11.3.1 by UN-Habitat's SDG indicator metadata (11.3.1, "Ratio of land consumption rate to population growth
 * rate", revised 2021): LCR = (V_present − V_past)/V_past/t (linear, the default), PGR = ln(Pop(t+n)/Pop(t))/y,
 * LCRPGR = LCR/PGR; the pre-2021 logarithmic LCR = ln(V_present/V_past)/t as an explicit option; secondary
 * indicators built-up area per capita and total change in built-up area. The expected values below are written
 * out from the metadata's formulas, not from the code under test.
 */
class LandConsumptionTest {
  @Test
  void linear_lcr_is_the_default_as_in_the_2021_metadata() {
    // 100 → 150 km² over 10 years: (150 − 100) / 100 / 10 = 0.05 per year
    LandConsumption.Result r = LandConsumption.lcrpgr(100, 150, 1000, 1100, 10);
    assertThat(r.formula()).isEqualTo(LcrFormula.LINEAR);
    assertThat(r.landConsumptionRate().orElseThrow()).isCloseTo(0.05, within(1e-15));
    assertThat(r.populationGrowthRate().orElseThrow()).isCloseTo(Math.log(1.1) / 10, within(1e-15));
    assertThat(r.ratio().orElseThrow()).isCloseTo(0.05 / (Math.log(1.1) / 10), within(1e-12));
    assertThat(r.ratio().orElseThrow()).as("0.5 / ln 1.1 = 5.2461…").isCloseTo(5.246029343628531, within(1e-9));
    assertThat(r.undefinedReason()).isEmpty();
  }

  @Test
  void logarithmic_lcr_is_an_explicit_option() {
    LandConsumption.Result r = LandConsumption.lcrpgr(100, 150, 1000, 1100, 10, LcrFormula.LOGARITHMIC);
    assertThat(r.landConsumptionRate().orElseThrow()).isCloseTo(Math.log(1.5) / 10, within(1e-15));
    assertThat(r.ratio().orElseThrow()).as("ln 1.5 / ln 1.1 = 4.2541…").isCloseTo(4.25416370990589, within(1e-9));
  }

  @Test
  void secondary_indicators() {
    // 12.5 km² for 25 000 people → 500 m² per person; 13.0 km² for 26 000 → 500 m²
    LandConsumption.Result r = LandConsumption.lcrpgr(12.5e6, 13.0e6, 25_000, 26_000, 5);
    assertThat(r.builtUpPerCapitaStart()).isCloseTo(500, within(1e-9));
    assertThat(r.builtUpPerCapitaEnd()).isCloseTo(500, within(1e-9));
    assertThat(r.builtUpChange()).isCloseTo(0.5e6, within(1e-9));
    assertThat(r.builtUpChangePercent().orElseThrow()).isCloseTo(4.0, within(1e-9));
  }

  @Test
  void zero_population_growth_and_zero_years_are_explained_never_nan_or_infinite() {
    LandConsumption.Result flat = LandConsumption.lcrpgr(100, 120, 500, 500, 5);
    assertThat(flat.ratio()).isEmpty();
    assertThat(flat.landConsumptionRate()).contains(0.04);
    assertThat(flat.populationGrowthRate()).contains(0.0);
    assertThat(flat.undefinedReason().orElseThrow().text(Language.EN)).contains("population did not change").contains("PGR = 0")
        .doesNotContain("folketallet");
    assertThat(flat.undefinedReason().orElseThrow().text(Language.NB)).contains("folketallet endret seg ikke").contains("PGR = 0")
        .doesNotContain("population");
    assertThat(flat.undefinedReason().orElseThrow().find(Language.NN).orElseThrow().text()).contains("folketalet endra seg ikkje");
    LandConsumption.Result noYears = LandConsumption.lcrpgr(100, 120, 500, 510, 0);
    assertThat(noYears.landConsumptionRate()).isEmpty();
    assertThat(noYears.populationGrowthRate()).isEmpty();
    assertThat(noYears.ratio()).isEmpty();
    assertThat(noYears.undefinedReason().orElseThrow().text(Language.EN)).contains("zero years");
    LandConsumption.Result noArea = LandConsumption.lcrpgr(0, 120, 500, 510, 5);
    assertThat(noArea.ratio()).isEmpty();
    assertThat(noArea.undefinedReason().orElseThrow().text(Language.EN)).contains("no built-up area at the start");
    assertThat(noArea.builtUpChangePercent()).isEmpty();
  }

  @Test
  void invalid_inputs_fail_with_the_values() {
    assertThatThrownBy(() -> LandConsumption.lcrpgr(-1, 120, 500, 510, 5)).hasMessageContaining("IND-0007")
        .hasMessageContaining("-1.0");
    assertThatThrownBy(() -> LandConsumption.lcrpgr(1, 120, 0, 510, 5)).hasMessageContaining("IND-0007");
    assertThatThrownBy(() -> LandConsumption.lcrpgr(1, 120, 5, 510, -1)).hasMessageContaining("years -1.0");
    assertThatThrownBy(() -> LandConsumption.lcrpgr(1, Double.NaN, 5, 510, 1)).hasMessageContaining("IND-0007");
  }

  static Stream<Arguments> seededInputs() {
    SplittableRandom rnd = new SplittableRandom(113_1L);
    return IntStream.range(0, 200).mapToObj(i -> Arguments.of(1 + rnd.nextDouble(1e4), 1.01 + rnd.nextDouble(2),
        100 + rnd.nextDouble(1e6), 1 + rnd.nextInt(30), rnd.nextDouble(0.5, 1.5)));
  }

  /** Properties over a seeded generator (JUnit 5, no jqwik). */
  @ParameterizedTest
  @MethodSource("seededInputs")
  void properties_of_both_formulas(double area, double factor, double pop, int years, double popFactor) {
    LandConsumption.Result log = LandConsumption.lcrpgr(area, area * factor, pop, pop * factor, years,
        LcrFormula.LOGARITHMIC);
    assertThat(log.ratio().orElseThrow()).as("log: equal relative growth gives 1").isCloseTo(1.0, within(1e-9));
    LandConsumption.Result lin = LandConsumption.lcrpgr(area, area * factor, pop, pop * popFactor, years);
    assertThat(lin.landConsumptionRate().orElseThrow() * years).as("linear LCR · t = relative change")
        .isCloseTo(factor - 1, within(1e-9));
    for (LandConsumption.Result r : new LandConsumption.Result[] {log, lin}) {
      r.ratio().ifPresent(v -> assertThat(v).isFinite());
      assertThat(r.ratio().isPresent() || r.undefinedReason().isPresent()).isTrue();
    }
  }

  @Test
  void series_version_propagates_status_and_explains_nothing_as_nan() {
    Region r = Region.municipality("3303");
    TimeSeries area = TimeSeries.builder(r, "a").add(Period.year(2015), 10).add(Period.year(2020), 12).build();
    TimeSeries pop = TimeSeries.builder(r, "p").add(Period.year(2015), 100)
        .addMissing(Period.year(2020), ObservationStatus.NOT_AVAILABLE).build();
    assertThat(LandConsumption.lcrpgr(area, pop, Period.year(2015), Period.year(2020)).status())
        .isEqualTo(ObservationStatus.NOT_AVAILABLE);
    TimeSeries flat = TimeSeries.builder(r, "p").add(Period.year(2015), 100).add(Period.year(2020), 100).build();
    Observation o = LandConsumption.lcrpgr(area, flat, Period.year(2015), Period.year(2020));
    assertThat(o.hasValue()).isFalse();
    assertThat(o.status()).isEqualTo(ObservationStatus.NOT_APPLICABLE);
    TimeSeries grow = TimeSeries.builder(r, "p").add(Period.year(2015), 100).add(Period.year(2020), 110).build();
    assertThat(LandConsumption.lcrpgr(area, grow, Period.year(2015), Period.year(2020)).getValue())
        .isCloseTo(0.2 / 5 / (Math.log(1.1) / 5), within(1e-12));
  }
}
