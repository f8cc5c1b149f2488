package io.github.livskraft.cli.report;

import io.github.livskraft.cli.report.IndicatorSpec.Aggregation;
import io.github.livskraft.cli.report.IndicatorSpec.Trend;
import io.github.livskraft.indicators.region.MunicipalityCode;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The indicators of the default report: those for which real figures are bundled, and those the plans name but
 * for which nothing is bundled (the report says where to fetch them, never a number).
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
  static final String FARMLAND = "Omdisponering av dyrket jord siste 4 år. Dekar";
  static final String LOW_INCOME = "Andel personer i lavinntekthusholdning (EU60). Prosent";
  static final String DENSITY = "Bosatte per kvadratkilometer tettstedsareal";

  /** The default indicator list, in report order. */
  static List<IndicatorSpec> defaults(String fetchCommand) {
    return List.of(
        new IndicatorSpec("population", Text.of("Folkemengde 1. januar", "Population on 1 January"),
            Text.of("personer", "persons"), 0, List.of("11.3"), Aggregation.SUM, Trend.CONTEXT, Optional.empty(),
            s -> Optional.of(s.population()), Optional.empty(), SSB,
            List.of(Text.of("SSB tabell 07459; summen av ettårige aldersgrupper (avledet).",
                "SSB table 07459; sum of the single-year age groups (derived)."))),
        new IndicatorSpec("kindergarten.share-age-1-2",
            Text.of("Andel barn 1–2 år i barnehage", "Children aged 1–2 in kindergarten"),
            Text.of("prosent av innbyggere 1–2 år", "per cent of residents aged 1–2"), 1, List.of("4.2"),
            Aggregation.POPULATION_WEIGHTED_MEAN, Trend.HIGHER_IS_BETTER, Optional.of(100.0),
            s -> Optional.of(s.kindergartenShare()), Optional.empty(), SSB,
            List.of(Text.of("SSB tabell 13502 (KOSandel120000). Over 100 % forekommer når barn går i barnehage i en"
                    + " annen kommune. Regionverdien er vektet med hele folkemengden (antall barn 1–2 år følger ikke"
                    + " med), altså en tilnærming.",
                "SSB table 13502 (KOSandel120000). Values above 100 % occur when children attend a kindergarten in"
                    + " another municipality. The regional value is weighted by total population (the number of"
                    + " children aged 1–2 is not bundled), so it is an approximation."))),
        new IndicatorSpec("ghg.per-capita",
            Text.of("Klimagassutslipp per innbygger", "Greenhouse-gas emissions per inhabitant"),
            Text.of("tonn CO₂-ekvivalenter per innbygger", "tonnes CO₂-equivalent per inhabitant"), 2,
            List.of("13.2"), Aggregation.POPULATION_WEIGHTED_MEAN, Trend.LOWER_IS_BETTER, Optional.empty(),
            ReportIndicators::ghgPerCapita, Optional.empty(), MDIR,
            List.of(Text.of("Miljødirektoratets utslippsregnskap for kommuner (alle sektorer, uten arealbruk/LULUCF),"
                    + " bearbeidet av Telemark fylkeskommune (gassrader summert), delt på SSBs folkemengde 1. januar."
                    + " Ingen medfølgende data for Kongsberg, Flesberg, Rollag og Nore og Uvdal (Buskerud) — hent"
                    + " dem fra Miljødirektoratet (miljodirektoratet.no/tjenester/klimagassutslipp-kommuner).",
                "Miljødirektoratet's municipal emission inventory (all sectors, excluding land use/LULUCF),"
                    + " processed by Telemark county council (gas rows summed), divided by SSB's population on"
                    + " 1 January. No bundled data for Kongsberg, Flesberg, Rollag and Nore og Uvdal (Buskerud) —"
                    + " get them from Miljødirektoratet (miljodirektoratet.no/tjenester/klimagassutslipp-kommuner)."))),
        landUse("landuse.recreation-access", RECREATION,
            Text.of("Tettstedsbosatte med trygg tilgang til rekreasjonsareal",
                "Urban residents with safe access to recreational areas"),
            Text.of("prosent", "per cent"), 1, List.of("11.7"), Aggregation.POPULATION_WEIGHTED_MEAN,
            Trend.HIGHER_IS_BETTER, Optional.of(100.0)),
        landUse("landuse.housing-area-per-resident", HOUSING_AREA,
            Text.of("Boligareal per bosatt", "Residential floor area per resident"),
            Text.of("m²", "m²"), 1, List.of("11.3"), Aggregation.POPULATION_WEIGHTED_MEAN, Trend.LOWER_IS_BETTER,
            Optional.empty()),
        landUse("landuse.farmland-rezoned", FARMLAND,
            Text.of("Omdisponert dyrket jord siste 4 år", "Cultivated land rezoned, last 4 years"),
            Text.of("dekar", "decares"), 0, List.of("2.4", "15.3"), Aggregation.SUM, Trend.LOWER_IS_BETTER,
            Optional.empty()),
        landUse("landuse.low-income-share", LOW_INCOME,
            Text.of("Personer i husholdninger med lavinntekt (EU60)", "Persons in low-income households (EU60)"),
            Text.of("prosent", "per cent"), 1, List.of("1.2", "10.2"), Aggregation.POPULATION_WEIGHTED_MEAN,
            Trend.LOWER_IS_BETTER, Optional.empty()),
        landUse("landuse.urban-density", DENSITY,
            Text.of("Bosatte per km² tettstedsareal", "Residents per km² of urban area"),
            Text.of("bosatte per km²", "residents per km²"), 0, List.of("11.3"), Aggregation.NOT_AGGREGABLE,
            Trend.CONTEXT, Optional.empty()),
        new IndicatorSpec("waste.household-per-capita",
            Text.of("Husholdningsavfall per innbygger", "Household waste per inhabitant"),
            Text.of("kg per innbygger", "kg per inhabitant"), 0, List.of("12.5", "11.6"), Aggregation.POPULATION_WEIGHTED_MEAN,
            Trend.LOWER_IS_BETTER, Optional.empty(), s -> Optional.empty(),
            Optional.of(Text.of("hent fra SSB med `" + fetchCommand + "`",
                "fetch from SSB with `" + fetchCommand + "`")), SSB, List.of()),
        new IndicatorSpec("business.eco-lighthouse-certified",
            Text.of("Miljøfyrtårn-sertifiserte virksomheter", "Eco-Lighthouse (Miljøfyrtårn) certified enterprises"),
            Text.of("antall", "number"), 0, List.of("12.6"), Aggregation.SUM, Trend.HIGHER_IS_BETTER,
            Optional.empty(), s -> Optional.empty(),
            Optional.of(Text.of("kilde: Stiftelsen Miljøfyrtårn (miljofyrtarn.no); ingen maskinlesbar kilde følger med",
                "source: Stiftelsen Miljøfyrtårn (miljofyrtarn.no); no machine-readable source is bundled")),
            MILJOFYRTARN, List.of()));
  }

  private static IndicatorSpec landUse(String id, String statistic, Text name, Text unit, int decimals,
      List<String> targets, Aggregation aggregation, Trend trend, Optional<Double> limit) {
    return new IndicatorSpec(id, name, unit, decimals, targets, aggregation, trend, limit,
        s -> Optional.of(s.landUse(statistic)), Optional.empty(), SSB_LAND_USE,
        List.of(Text.of("SSB Arealprofiler: «" + statistic + "».", "SSB land-use profiles: \"" + statistic + "\".")));
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
