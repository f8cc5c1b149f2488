package io.github.livskraft.report;

import io.github.livskraft.indicators.series.Observation;
import io.github.livskraft.indicators.series.ObservationStatus;
import io.github.livskraft.indicators.series.TimeSeries;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Views of an annual {@link TimeSeries} for the renderers and the progress rules. */
final class Series {
  private Series() {}

  /** Year → value of the observations with a figure. */
  static NavigableMap<Integer, Double> values(TimeSeries s) {
    NavigableMap<Integer, Double> out = new TreeMap<>();
    for (Observation o : s.observations()) {
      if (o.hasValue()) {
        out.put(o.period().year(), o.getValue());
      }
    }
    return out;
  }

  /** Year → SSB status of the observations without a figure. */
  static NavigableMap<Integer, ObservationStatus> missing(TimeSeries s) {
    NavigableMap<Integer, ObservationStatus> out = new TreeMap<>();
    for (Observation o : s.observations()) {
      if (!o.hasValue()) {
        out.put(o.period().year(), o.status());
      }
    }
    return out;
  }
}
