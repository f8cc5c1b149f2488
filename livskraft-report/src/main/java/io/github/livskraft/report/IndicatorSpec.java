package io.github.livskraft.report;

import io.github.livskraft.sdg.LocalizedText;
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
 * @param sourceId the id of the {@link Report.SourceView} to credit
 * @param notes caveats shown under the chart
 */
record IndicatorSpec(String id, LocalizedText name, LocalizedText unit, int decimals, List<String> targets, Aggregation aggregation,
    LocalizedText aggregationLabel, Trend direction, Optional<Double> limit, Function<BundledStatistics, Optional<MunicipalData>> data,
    Optional<LocalizedText> noData, String sourceId, List<LocalizedText> notes) {

  /** The same indicator with a "no bundled data" text (where to fetch the figures). */
  IndicatorSpec withNoData(LocalizedText where) {
    return new IndicatorSpec(id, name, unit, decimals, targets, aggregation, aggregationLabel, direction, limit, data,
        Optional.of(where), sourceId, notes);
  }

  /** Regional aggregation rule. */
  enum Aggregation {
    SUM(Texts.text("aggregation.SUM")),
    POPULATION_WEIGHTED_MEAN(Texts.text("aggregation.POPULATION_WEIGHTED_MEAN")),
    NOT_AGGREGABLE(Texts.text("aggregation.NOT_AGGREGABLE"));

    final LocalizedText label;

    Aggregation(LocalizedText label) {
      this.label = label;
    }
  }

  /** Which values are better; {@code CONTEXT} for descriptive series without a direction. */
  enum Trend {
    HIGHER_IS_BETTER(Texts.text("trend.HIGHER_IS_BETTER")),
    LOWER_IS_BETTER(Texts.text("trend.LOWER_IS_BETTER")),
    CONTEXT(Texts.text("trend.CONTEXT"));

    final LocalizedText label;

    Trend(LocalizedText label) {
      this.label = label;
    }
  }
}
