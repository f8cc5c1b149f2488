package io.github.livskraft.report;

import io.github.livskraft.indicators.AggregationRule;
import io.github.livskraft.indicators.IndicatorDefinition;
import io.github.livskraft.indicators.IndicatorLibrary;
import io.github.livskraft.indicators.TargetLink;
import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.report.IndicatorSpec.Aggregation;
import io.github.livskraft.report.IndicatorSpec.Trend;
import io.github.livskraft.sdg.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The indicators of the default report: those for which real figures are bundled, and those the plans name but
 * for which nothing is bundled (the report says where to fetch them, never a number). Names, units, direction,
 * SDG targets and aggregation rules come from the indicator library ({@code indicators} module) where it defines
 * the indicator.
 */
final class ReportIndicators {
  private ReportIndicators() {}

  static final String SSB = "ssb";
  static final String SSB_LAND_USE = "ssb-arealprofiler";
  static final String MDIR = "miljodirektoratet";
  static final String MILJOFYRTARN = "miljofyrtarn";

  /** Statistic names in SSB's land-use profiles. */
  static final String RECREATION = "Andel tettstedsbosatte med trygg tilgang til rekreasjonsareal. Prosent";
  static final String HOUSING_AREA = "Boligareal per bosatt. Kvadratmeter";
  static final String FARMLAND_CULTIVATED = "Omdisponering av dyrket jord siste 4 år. Dekar";
  static final String FARMLAND_CULTIVABLE = "Omdisponering av dyrkbar jord siste 4 år. Dekar";
  static final String LOW_INCOME = "Andel personer i lavinntekthusholdning (EU60). Prosent";
  static final String DENSITY = "Bosatte per kvadratkilometer tettstedsareal";
  static final String URBAN_SHARE = "Andel bosatte i tettsted. Prosent";

  /** The default indicator list, in report order. */
  static List<IndicatorSpec> defaults(List<MunicipalityCode> region) {
    IndicatorLibrary lib = IndicatorLibrary.bundled();
    String fetchCommand = fetchHint(lib.get("waste.household-per-capita").sources().get(0).tableId()
        .orElse("TABLE"), region);
    List<IndicatorSpec> specs = new ArrayList<>();
    specs.add(new IndicatorSpec("population", Texts.text("indicator.population"), Texts.text("unit.persons"), 0, List.of("11.3"), Aggregation.SUM, Aggregation.SUM.label, Trend.CONTEXT,
        Optional.empty(), s -> Optional.of(s.population()), Optional.empty(), SSB,
        List.of(Texts.text("note.population"))));
    specs.add(library(lib, "kindergarten.coverage-1-2", s -> Optional.of(s.kindergartenShare()), SSB, false,
        Texts.text("note.kindergarten")));
    specs.add(library(lib, "climate.ghg-per-capita", ReportIndicators::ghgPerCapita, MDIR, true,
        Texts.text("note.ghg")));
    specs.add(library(lib, "green.safe-access-recreation-area", s -> Optional.of(s.landUse(RECREATION)),
        SSB_LAND_USE, false, landUseNote(RECREATION)));
    specs.add(library(lib, "land.residents-in-urban-settlements-share", s -> Optional.of(s.landUse(URBAN_SHARE)),
        SSB_LAND_USE, false, landUseNote(URBAN_SHARE)));
    specs.add(library(lib, "land.urban-settlement-density", s -> Optional.of(s.landUse(DENSITY)), SSB_LAND_USE,
        false, landUseNote(DENSITY)));
    specs.add(library(lib, "land.farmland-rezoned", ReportIndicators::farmlandRezoned, SSB_LAND_USE, true,
        Texts.text("note.farmland", FARMLAND_CULTIVATED, FARMLAND_CULTIVABLE)));
    specs.add(library(lib, "poverty.persons-low-income-eu60", s -> Optional.of(s.landUse(LOW_INCOME)),
        SSB_LAND_USE, false, landUseNote(LOW_INCOME)));
    specs.add(new IndicatorSpec("land.housing-floor-area-per-resident",
        Texts.text("indicator.housing"), Texts.same("m²"), 1,
        List.of("11.1"), Aggregation.POPULATION_WEIGHTED_MEAN, Aggregation.POPULATION_WEIGHTED_MEAN.label,
        Trend.CONTEXT, Optional.empty(), s -> Optional.of(s.landUse(HOUSING_AREA)), Optional.empty(),
        SSB_LAND_USE, List.of(Texts.text("note.housing", landUseNote(HOUSING_AREA)))));
    specs.add(library(lib, "waste.household-per-capita", s -> Optional.empty(), SSB, false, null)
        .withNoData(Texts.text("no-data.fetch", fetchCommand)));
    specs.add(library(lib, "environment.miljofyrtarn-certified-businesses", s -> Optional.empty(), MILJOFYRTARN,
        false, null).withNoData(Texts.text("no-data.miljofyrtarn")));
    return List.copyOf(specs);
  }

  /** The command that fetches an SSB table for the region's municipalities. */
  static String fetchHint(String table, List<MunicipalityCode> region) {
    return "livskraft ssb fetch " + table + " --region " + String.join(",", region.stream().map(c -> c.value())
        .toList()) + " --years 2015..2024";
  }

  private static LocalizedText landUseNote(String statistic) {
    return Texts.text("note.land-use", statistic);
  }

  /**
   * A report indicator described by the library.
   *
   * @param exactComponents whether the bundled data give the rule's components exactly (e.g. emissions and
   *     population for emissions per inhabitant), so that a recompute-from-components rule can be followed
   */
  static IndicatorSpec library(IndicatorLibrary lib, String id, Function<BundledStatistics,
      Optional<MunicipalData>> data, String sourceId, boolean exactComponents, LocalizedText note) {
    IndicatorDefinition d = lib.get(id);
    List<String> targets = d.targetLinks().stream().map(TargetLink::target).map(Object::toString).toList();
    Trend trend = switch (d.direction()) {
      case HIGHER_IS_BETTER -> Trend.HIGHER_IS_BETTER;
      case LOWER_IS_BETTER -> Trend.LOWER_IS_BETTER;
      case TARGET_BAND -> Trend.CONTEXT;
    };
    Aggregation how;
    LocalizedText label;
    AggregationRule rule = d.aggregation();
    switch (rule) {
      case SUM -> {
        how = Aggregation.SUM;
        label = Aggregation.SUM.label;
      }
      case POPULATION_WEIGHTED_MEAN -> {
        how = Aggregation.POPULATION_WEIGHTED_MEAN;
        label = Aggregation.POPULATION_WEIGHTED_MEAN.label;
      }
      case RECOMPUTE_FROM_COMPONENTS -> {
        how = Aggregation.POPULATION_WEIGHTED_MEAN;
        label = exactComponents
            ? Texts.text("aggregation.components") : Texts.text("aggregation.approximation");
      }
      default -> {
        how = Aggregation.NOT_AGGREGABLE;
        label = Aggregation.NOT_AGGREGABLE.label;
      }
    }
    List<LocalizedText> notes = new ArrayList<>();
    if (note != null) {
      notes.add(note);
    }
    d.caveats().forEach(c -> notes.add(c));
    return new IndicatorSpec(id, d.name(), d.unit(), d.decimals(), targets, how, label, trend,
        d.limit(), data, Optional.empty(), sourceId, notes);
  }

  /** Cultivated plus cultivable land rezoned (the library's "dyrket og dyrkbar jord"), where both are published. */
  static Optional<MunicipalData> farmlandRezoned(BundledStatistics s) {
    MunicipalData a = s.landUse(FARMLAND_CULTIVATED);
    MunicipalData b = s.landUse(FARMLAND_CULTIVABLE);
    Map<MunicipalityCode, NavigableMap<Integer, Double>> out = new TreeMap<>();
    a.values().forEach((code, series) -> {
      NavigableMap<Integer, Double> sum = new TreeMap<>();
      series.forEach((year, v) -> b.value(code, year).ifPresent(w -> sum.put(year, v + w)));
      if (!sum.isEmpty()) {
        out.put(code, sum);
      }
    });
    return Optional.of(new MunicipalData(out, List.of()));
  }

  /** Total emissions ÷ population of the same year, for the municipalities with both. */
  static Optional<MunicipalData> ghgPerCapita(BundledStatistics s) {
    MunicipalData ghg = s.ghgTotal();
    MunicipalData pop = s.population();
    Map<MunicipalityCode, NavigableMap<Integer, Double>> out = new TreeMap<>();
    ghg.values().forEach((code, series) -> {
      NavigableMap<Integer, Double> perCapita = new TreeMap<>();
      series.forEach((year, tonnes) -> pop.value(code, year).filter(p -> p > 0)
          .ifPresent(p -> perCapita.put(year, tonnes / p)));
      if (!perCapita.isEmpty()) {
        out.put(code, perCapita);
      }
    });
    return Optional.of(new MunicipalData(out, ghg.notes()));
  }
}
