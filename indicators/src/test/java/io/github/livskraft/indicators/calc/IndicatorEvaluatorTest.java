package io.github.livskraft.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.livskraft.indicators.IndicatorLibrary;
import io.github.livskraft.indicators.TestData;
import io.github.livskraft.municipalities.Region;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.SeriesSet;
import io.github.livskraft.indicators.series.TimeSeries;
import org.junit.jupiter.api.Test;

class IndicatorEvaluatorTest {
  private final IndicatorLibrary lib = IndicatorLibrary.bundled();
  private final SeriesSet data = TestData.kongsbergregionen();
  private final IndicatorEvaluator eval = IndicatorEvaluator.create();

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
  void kongsbergregionen_population_weighted_kindergarten_share_is_marked_as_approximation() {
    TimeSeries kr = eval.evaluateGroup(lib.get("kindergarten.coverage-1-2"), data, Region.kongsbergregionen());
    assertThat(kr.region().key()).isEqualTo("kongsbergregionen");
    double num = 0;
    double den = 0;
    for (var m : Region.kongsbergregionen().members()) {
      Region r = new Region.Municipality(m, "");
      double p = data.get(r, "population").at(Period.year(2023)).getValue();
      num += data.get(r, "kindergarten.coverage-1-2").at(Period.year(2023)).getValue() * p;
      den += p;
    }
    assertThat(kr.at(Period.year(2023)).getValue()).isCloseTo(num / den, within(1e-9));
    assertThat(kr.provenance().source()).startsWith("approximation");
    assertThat(kr.find(Period.year(2024))).isEmpty();
  }

  @Test
  void derived_indicators_recompute_from_summed_components() {
    Region.Group three = new Region.Group("vest-telemark-test", "Notodden, Hjartdal, Tinn",
        java.util.List.of(io.github.livskraft.municipalities.MunicipalityCode.parse("4005"),
            io.github.livskraft.municipalities.MunicipalityCode.parse("4024"),
            io.github.livskraft.municipalities.MunicipalityCode.parse("4026")));
    TimeSeries g = eval.evaluateGroup(lib.get("climate.ghg-per-capita"), data, three);
    double tonnes = 0;
    double people = 0;
    for (String c : java.util.List.of("4005", "4024", "4026")) {
      tonnes += data.get(Region.municipality(c), "ghg").at(Period.year(2024)).getValue();
      people += data.get(Region.municipality(c), "population").at(Period.year(2024)).getValue();
    }
    assertThat(g.at(Period.year(2024)).getValue()).isCloseTo(tonnes / people, within(1e-12));
    assertThatThrownBy(() -> eval.evaluateGroup(lib.get("climate.ghg-per-capita"), data, Region.kongsbergregionen()))
        .as("no GHG data for the Buskerud four").hasMessageContaining("variable ghg");
    assertThatThrownBy(() -> eval.evaluateGroup(lib.get("land.lcrpgr"), data, three))
        .hasMessageContaining("cannot be aggregated");
  }

  @Test
  void missing_inputs_are_named() {
    assertThatThrownBy(() -> eval.evaluate(lib.get("climate.ghg-per-capita"), data, Region.municipality("3303")))
        .hasMessageContaining("IND-0006").hasMessageContaining("variable ghg").hasMessageContaining("3303");
    assertThatThrownBy(() -> eval.withLcrpgrWindow(0)).hasMessageContaining("IND-0007");
  }

  @Test
  void evaluateAll_skipsWhatCannotBeComputed_orNamesItWhenStrict() {
    var defs = java.util.List.of(lib.get("kindergarten.coverage-1-2"), lib.get("climate.ghg-per-capita"));
    java.util.List<Region> regions = java.util.List.of(Region.municipality("3303"));
    var lenient = eval.evaluateAll(defs, data, regions, false);
    assertThat(lenient).singleElement().satisfies(e -> {
      assertThat(e.definition().id()).isEqualTo("kindergarten.coverage-1-2");
      assertThat(e.series().at(Period.year(2023)).getValue()).isEqualTo(91.3);
    });
    assertThatThrownBy(() -> eval.evaluateAll(defs, data, regions, true))
        .hasMessageContaining("IND-0006").hasMessageContaining("3303");
  }
}
