package io.github.livskraft.kostra.klass;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.indicators.AggregationRule;
import io.github.livskraft.indicators.IndicatorLibrary;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.municipalities.CodeChange;
import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.municipalities.MunicipalityPeriod;
import io.github.livskraft.municipalities.MunicipalityRegistry;
import io.github.livskraft.municipalities.Region;
import io.github.livskraft.sdg.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Drammen 2020: 0602 Drammen, 0625 Nedre Eiker and 0711 Svelvik merged into 3005, renumbered 3301 in 2024. The
 * changes are the national change history's rows for Drammen (shared data
 * {@code municipal/code-changes/fhi-csdata_norway_locations_redistricting.csv}, FHI csdata, MIT); the series values
 * are illustrative, not SSB figures.
 */
class MergerSumsTest {
  private static final MunicipalityRegistry DRAMMEN = MunicipalityRegistry.of(List.of(
      period("0602", "Drammen", 1838, 2020), period("0625", "Nedre Eiker", 1838, 2020),
      period("0711", "Svelvik", 1838, 2020), period("3005", "Drammen", 2020, 2024), period("3301", "Drammen", 2024, 0)),
      List.of(CodeChange.of("0602", "3005", "Drammen", LocalDate.of(2020, 1, 1)),
          CodeChange.of("0625", "3005", "Drammen", LocalDate.of(2020, 1, 1)),
          CodeChange.of("0711", "3005", "Drammen", LocalDate.of(2020, 1, 1)),
          CodeChange.of("3005", "3301", "Drammen", LocalDate.of(2024, 1, 1))), "Drammen rows of FHI csdata");

  private static MunicipalityPeriod period(String code, String name, int from, int to) {
    return new MunicipalityPeriod(MunicipalityCode.parse(code), name, LocalDate.of(from, 1, 1),
        to == 0 ? Optional.empty() : Optional.of(LocalDate.of(to, 1, 1)));
  }

  private static TimeSeries s(String code, String variable, double... values) {
    TimeSeries.Builder b = TimeSeries.builder(Region.parse(code), variable);
    int year = code.startsWith("0") ? 2018 : code.equals("3301") ? 2024 : 2020;
    for (double v : values) {
      b.add(Period.year(year++), v);
    }
    return b.build();
  }

  @Test
  void additive_variables_of_merged_municipalities_are_summed_and_marked() {
    List<TimeSeries> in = List.of(s("0602", "population", 100, 110), s("0625", "population", 20, 21),
        s("0711", "population", 5, 6), s("3005", "population", 140, 141, 142, 143), s("3301", "population", 150));
    MergerSums.Result r = MergerSums.harmonise(in, 2024, DRAMMEN, v -> AggregationRule.SUM);
    assertThat(r.series()).hasSize(1);
    TimeSeries drammen = r.series().get(0);
    assertThat(drammen.region().key()).isEqualTo("3301");
    assertThat(drammen.at(Period.year(2018)).getValue()).isEqualTo(125);
    assertThat(drammen.at(Period.year(2019)).getValue()).isEqualTo(137);
    assertThat(drammen.at(Period.year(2021)).getValue()).isEqualTo(141);
    assertThat(drammen.at(Period.year(2024)).getValue()).isEqualTo(150);
    assertThat(drammen.provenance().derived()).isTrue();
    assertThat(r.merges()).hasSize(1);
    assertThat(r.merges().get(0).text(Language.EN)).contains("summed the merged municipalities 0602+0625+0711 into 3301");
    assertThat(r.merges().get(0).text(Language.NB)).contains("summerte de sammenslåtte kommunene 0602+0625+0711 til 3301")
        .doesNotContain("summed");
    assertThat(r.merges().get(0).text(Language.NN)).contains("summerte dei samanslåtte kommunane 0602+0625+0711 til 3301")
        .doesNotContain("summed");
  }

  @Test
  void shares_are_not_summed_but_reported() {
    List<TimeSeries> in = List.of(s("0602", "share", 50, 51), s("0625", "share", 40, 41), s("3005", "share", 45));
    MergerSums.Result r = MergerSums.harmonise(in, 2024, DRAMMEN,
        v -> AggregationRule.POPULATION_WEIGHTED_MEAN);
    assertThat(r.merges()).isEmpty();
    assertThat(r.issues()).hasSize(2).allMatch(i -> i.action() == HarmonisationIssue.Action.KEPT_UNHARMONISED);
    assertThat(r.series()).extracting(t -> t.region().key()).containsExactlyInAnyOrder("0602", "0625", "3301");
  }

  /** The rules come from the bundled indicator library: components of a recomputed indicator are summed. */
  @Test
  void the_library_gives_each_variable_its_rule() {
    IndicatorLibrary lib = IndicatorLibrary.bundled();
    var rules = MergerSums.aggregationRules(lib);
    // climate.ghg-per-capita = ghg ÷ population, recomputed from its components: ghg and population are counts
    assertThat(rules).containsEntry("ghg", AggregationRule.SUM).containsEntry("population", AggregationRule.SUM)
        .containsEntry("climate.ghg-per-capita", AggregationRule.RECOMPUTE_FROM_COMPONENTS);
    // a share published as a value is not a component: only its own id has a rule, and it is not SUM
    assertThat(rules.get("kindergarten.coverage-1-2")).isNotEqualTo(AggregationRule.SUM);
    assertThat(rules).doesNotContainKey("unknown-variable");
    for (var d : lib.all()) {
      assertThat(rules).containsEntry(d.id(), d.aggregation());
    }
  }

  /**
   * With the library and the bundled national history: Drammen's components are summed into 3301 (population is a
   * count), a share under an indicator id is not, and a variable the library does not know is never summed.
   */
  @Test
  void harmonising_with_the_library_sums_only_what_it_may() {
    List<TimeSeries> in = List.of(s("0602", "population", 100, 110), s("0625", "population", 20, 21),
        s("0711", "population", 5, 6), s("3005", "population", 140, 141, 142, 143),
        s("0602", "kindergarten.coverage-1-2", 50, 51), s("0625", "kindergarten.coverage-1-2", 40, 41),
        s("0602", "mystery", 1, 2), s("0625", "mystery", 3, 4));
    MergerSums.Result r = MergerSums.harmonise(in, 2024, IndicatorLibrary.bundled());
    TimeSeries population = r.series().stream().filter(t -> t.variable().equals("population")).findFirst()
        .orElseThrow();
    assertThat(population.region().key()).isEqualTo("3301");
    assertThat(population.at(Period.year(2018)).getValue()).isEqualTo(125);
    assertThat(r.series()).filteredOn(t -> !t.variable().equals("population"))
        .extracting(t -> t.region().key()).containsOnly("0602", "0625");
    assertThat(r.issues()).isNotEmpty();
  }
}
