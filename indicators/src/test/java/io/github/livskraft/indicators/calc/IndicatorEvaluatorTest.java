package io.github.livskraft.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.livskraft.indicators.IndicatorLibrary;
import io.github.livskraft.indicators.TestData;
import io.github.livskraft.indicators.region.Region;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.SeriesSet;
import io.github.livskraft.indicators.series.TimeSeries;
import org.junit.jupiter.api.Test;

class IndicatorEvaluatorTest {
  private final IndicatorLibrary lib = IndicatorLibrary.defaultLibrary();
  private final SeriesSet data = TestData.kongsbergregionen();
  private final IndicatorEvaluator eval = IndicatorEvaluator.defaults();

  @Test
  void ghg_per_capita_for_tinn_from_real_sources() {
    Region tinn = Region.municipality("4026");
    TimeSeries s = eval.evaluate(lib.get("climate.ghg-per-capita"), data, tinn);
    assertThat(s.variable()).isEqualTo("climate.ghg-per-capita");
    assertThat(s.unit()).isEqualTo("tonn CO₂-ekvivalenter per innbygger");
    double expected = data.get(tinn, "ghg").at(Period.year(2020)).getValue()
        / data.get(tinn, "population").at(Period.year(2020)).getValue();
    assertThat(s.at(Period.year(2020)).getValue()).isCloseTo(expected, within(1e-12));
    assertThat(s.provenance().derived()).isTrue();
    assertThat(s.provenance().source()).contains("Miljødirektoratet tonnes");
  }

  @Test
  void value_indicators_use_the_series_as_published() {
    TimeSeries kg = eval.evaluate(lib.get("kindergarten.coverage-1-2"), data, Region.municipality("3303"));
    assertThat(kg.at(Period.year(2023)).getValue()).isEqualTo(91.3);
    assertThat(kg.provenance().derived()).isFalse();
    assertThat(eval.canEvaluate(lib.get("kindergarten.coverage-1-2"), data, Region.municipality("3303"))).isTrue();
    assertThat(eval.canEvaluate(lib.get("climate.ghg-per-capita"), data, Region.municipality("3303")))
        .as("no GHG data for Kongsberg in the fixture").isFalse();
  }

  @Test
  void missing_inputs_are_named() {
    assertThatThrownBy(() -> eval.evaluate(lib.get("climate.ghg-per-capita"), data, Region.municipality("3303")))
        .hasMessageContaining("IND-0006").hasMessageContaining("variable ghg").hasMessageContaining("3303");
    assertThatThrownBy(() -> eval.withLcrpgrWindow(0)).hasMessageContaining("IND-0007");
  }
}
