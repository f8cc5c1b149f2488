package io.github.livskraft.report;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * An indicator the report shows, and how its figures are obtained from the bundled data.
 *
 * @param id the indicator id (the indicator library's id where it has one)
 * @param name the name
 * @param unit the unit
 * @param decimals decimals shown
 * @param targets the SDG targets it informs, e.g. {@code 4.2}
 * @param aggregation how the report combines municipal values for the region
 * @param aggregationLabel what the indicator's aggregation rule says and how the report follows it
 * @param direction which values are better
 * @param limit a natural limit (e.g. 100 %), if any
 * @param data reads the per-municipality figures from the bundled statistics; empty when nothing is bundled
 * @param noData what to say when nothing is bundled (where to fetch it)
 * @param sourceId the id of the {@link ReportModel.SourceView} to credit
 * @param notes caveats shown under the chart
 */
record IndicatorSpec(String id, Text name, Text unit, int decimals, List<String> targets, Aggregation aggregation,
    Text aggregationLabel, Trend direction, Optional<Double> limit, Function<BundledStatistics, Optional<MunicipalData>> data,
    Optional<Text> noData, String sourceId, List<Text> notes) {

  /** The same indicator with a "no bundled data" text (where to fetch the figures). */
  IndicatorSpec withNoData(Text where) {
    return new IndicatorSpec(id, name, unit, decimals, targets, aggregation, aggregationLabel, direction, limit, data,
        Optional.of(where), sourceId, notes);
  }

  /** Regional aggregation rule. */
  enum Aggregation {
    SUM(Text.of("sum av kommunene", "sum of the municipalities")),
    POPULATION_WEIGHTED_MEAN(Text.of("gjennomsnitt vektet med folketall", "population-weighted mean")),
    NOT_AGGREGABLE(Text.of("kan ikke slås sammen for regionen", "not aggregable for the region"));

    final Text label;

    Aggregation(Text label) {
      this.label = label;
    }
  }

  /** Which values are better; {@code CONTEXT} for descriptive series without a direction. */
  enum Trend {
    HIGHER_IS_BETTER(Text.of("høyere er bedre", "higher is better")),
    LOWER_IS_BETTER(Text.of("lavere er bedre", "lower is better")),
    CONTEXT(Text.of("bakgrunnstall (ingen retning)", "context figure (no direction)"));

    final Text label;

    Trend(Text label) {
      this.label = label;
    }
  }
}
