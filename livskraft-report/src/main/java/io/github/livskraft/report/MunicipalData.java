package io.github.livskraft.report;

import io.github.livskraft.municipalities.MunicipalityCode;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One statistic for many municipalities: year → value per municipality (on today's codes), with notes on what
 * was dropped or merged while reading.
 *
 * @param values municipality → year → value (immutable)
 * @param notes notes for the report (e.g. codes that could not be harmonised)
 */
record MunicipalData(Map<MunicipalityCode, NavigableMap<Integer, Double>> values, List<Text> notes) {
  MunicipalData {
    TreeMap<MunicipalityCode, NavigableMap<Integer, Double>> copy = new TreeMap<>();
    values.forEach((k, v) -> copy.put(k, Collections.unmodifiableNavigableMap(new TreeMap<>(v))));
    values = Collections.unmodifiableMap(copy);
    notes = List.copyOf(notes);
  }

  /** The series of one municipality, empty map if none. */
  NavigableMap<Integer, Double> of(MunicipalityCode code) {
    return values.getOrDefault(code, Collections.emptyNavigableMap());
  }

  Optional<Double> value(MunicipalityCode code, int year) {
    return Optional.ofNullable(of(code).get(year));
  }
}
