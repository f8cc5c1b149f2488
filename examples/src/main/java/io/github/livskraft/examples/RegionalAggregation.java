package io.github.livskraft.examples;

import io.github.livskraft.indicators.calc.AggregationMethod;
import io.github.livskraft.indicators.calc.RegionalAggregator;
import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.municipalities.Region;
import io.github.livskraft.indicators.series.Observation;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.Provenance;
import io.github.livskraft.indicators.series.TimeSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Population-weighted regional aggregation: the share of children aged 1–2 in kindergarten for Kongsbergregionen,
 * from the seven municipalities' real SSB figures (table 13502), weighted by their population (table 07459).
 * The codes SSB published (0604 … until 2019, 3006 … 2020–2023) are carried onto today's with the KLASS registry.
 *
 * <p>Run: {@code mvn -q -pl examples -am compile exec:java -Dexec.skip=true -Dexec.mainClass=io.github.livskraft.examples.RegionalAggregation}
 */
public final class RegionalAggregation {
  private RegionalAggregation() {}

  /**
   * Prints the municipal and regional series.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    Map<MunicipalityCode, NavigableMap<Integer, Double>> share = ExampleData.kindergartenShare();
    Map<MunicipalityCode, NavigableMap<Integer, Double>> population = ExampleData.population();

    Region.Group region = Region.kongsbergregionen();
    List<TimeSeries> members = new ArrayList<>();
    List<TimeSeries> weights = new ArrayList<>();
    for (MunicipalityCode code : region.members()) {
      members.add(series(code, "kindergarten.coverage-1-2", "prosent", share.get(code)));
      weights.add(series(code, "population", "personer", population.get(code)));
      System.out.println(code + " " + share.get(code));
    }

    // Strict: a year in which any member lacks a value has no regional value.
    TimeSeries result = RegionalAggregator.aggregate(region, members, AggregationMethod.POPULATION_WEIGHTED_MEAN,
        weights);
    System.out.println(region.name() + " (population-weighted):");
    for (Observation o : result.observations()) {
      System.out.println("  " + o.period() + "  " + (o.hasValue()
          ? String.format(Locale.ROOT, "%.1f %%", o.getValue()) : "no value (" + o.status() + ")"));
    }
    System.out.println("Kilde: Statistisk sentralbyrå, CC BY 4.0");
  }

  static TimeSeries series(MunicipalityCode code, String variable, String unit, NavigableMap<Integer, Double> values) {
    List<Observation> obs = new ArrayList<>();
    values.forEach((year, v) -> obs.add(Observation.of(Period.year(year), v)));
    return TimeSeries.of(Region.municipality(code.value()), variable, unit, 1,
        Provenance.of("SSB", "Kilde: Statistisk sentralbyrå, CC BY 4.0"), obs);
  }
}
