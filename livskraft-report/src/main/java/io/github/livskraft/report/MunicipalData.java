package io.github.livskraft.report;

import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.municipalities.Region;
import io.github.livskraft.indicators.series.Observation;
import io.github.livskraft.indicators.series.ObservationStatus;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.Provenance;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.sdg.LocalizedText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One statistic for many municipalities: year → value per municipality (on today's codes), the years published
 * without a figure with SSB's status symbol, and notes on what was dropped or merged while reading.
 *
 * @param values municipality → year → value (immutable)
 * @param missing municipality → year → status of a published cell without a figure (e.g. {@code ..}, {@code :})
 * @param notes notes for the report (e.g. codes that could not be harmonised)
 */
record MunicipalData(Map<MunicipalityCode, NavigableMap<Integer, Double>> values,
    Map<MunicipalityCode, NavigableMap<Integer, ObservationStatus>> missing, List<LocalizedText> notes) {
  MunicipalData {
    values = freeze(values);
    missing = freeze(missing);
    notes = List.copyOf(notes);
  }

  MunicipalData(Map<MunicipalityCode, NavigableMap<Integer, Double>> values, List<LocalizedText> notes) {
    this(values, Map.of(), notes);
  }

  private static <V> Map<MunicipalityCode, NavigableMap<Integer, V>> freeze(
      Map<MunicipalityCode, NavigableMap<Integer, V>> m) {
    TreeMap<MunicipalityCode, NavigableMap<Integer, V>> copy = new TreeMap<>();
    m.forEach((k, v) -> copy.put(k, Collections.unmodifiableNavigableMap(new TreeMap<>(v))));
    return Collections.unmodifiableMap(copy);
  }

  /** The series of one municipality, empty map if none. */
  NavigableMap<Integer, Double> of(MunicipalityCode code) {
    return values.getOrDefault(code, Collections.emptyNavigableMap());
  }

  Optional<Double> value(MunicipalityCode code, int year) {
    return Optional.ofNullable(of(code).get(year));
  }

  /** Whether the municipality has any figure or published status. */
  boolean has(MunicipalityCode code) {
    return !of(code).isEmpty();
  }

  /**
   * The municipality's series as an indicator-library {@link TimeSeries}: its figures, and the years published
   * without one with their SSB status.
   */
  TimeSeries series(MunicipalityCode code, String name, String variable, String unit, int decimals,
      Provenance provenance) {
    List<Observation> obs = new ArrayList<>();
    of(code).forEach((y, v) -> obs.add(Observation.of(Period.year(y), v)));
    missing.getOrDefault(code, Collections.emptyNavigableMap()).forEach((y, st) -> {
      if (!of(code).containsKey(y)) {
        obs.add(Observation.missing(Period.year(y), st));
      }
    });
    return TimeSeries.of(new Region.Municipality(code, name), variable, unit, decimals, provenance, obs);
  }
}
