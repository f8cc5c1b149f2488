package io.github.livskraft.indicators.series;

import io.github.livskraft.indicators.IndicatorErrorCode;
import io.github.livskraft.indicators.IndicatorException;
import io.github.livskraft.municipalities.Region;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * An immutable collection of series keyed by region and variable, e.g. everything read from one tidy CSV file.
 *
 * <pre>{@code
 * SeriesSet set = SeriesCsv.read(Path.of("kongsbergregionen.csv"));
 * set.find(Region.municipality("3303"), "population").ifPresent(...);
 * }</pre>
 */
public final class SeriesSet {
  private final Map<String, TimeSeries> byKey;

  private SeriesSet(Map<String, TimeSeries> byKey) {
    this.byKey = byKey;
  }

  /**
   * A set of series.
   *
   * @param series the series; (region, variable) pairs must be unique
   * @return the set
   * @throws IndicatorException {@code IND-0006} on a duplicate pair
   */
  public static SeriesSet of(Collection<TimeSeries> series) {
    Map<String, TimeSeries> m = new LinkedHashMap<>();
    for (TimeSeries s : series) {
      if (m.putIfAbsent(key(s.region(), s.variable()), s) != null) {
        throw new IndicatorException(IndicatorErrorCode.SERIES_MISMATCH, IndicatorErrorCode.SERIES_MISMATCH.fragment("two-series", s.region(), s.variable()), null);
      }
    }
    return new SeriesSet(m);
  }

  private static String key(Region region, String variable) {
    return region.key() + "\u0000" + variable;
  }

  /**
   * The series for a region and variable.
   *
   * @param region the region
   * @param variable the variable
   * @return the series, or empty
   */
  public Optional<TimeSeries> find(Region region, String variable) {
    return Optional.ofNullable(byKey.get(key(region, variable)));
  }

  /**
   * The series for a region and variable.
   *
   * @param region the region
   * @param variable the variable
   * @return the series
   * @throws IndicatorException {@code IND-0006} if there is none
   */
  public TimeSeries get(Region region, String variable) {
    return find(region, variable).orElseThrow(() -> new IndicatorException(IndicatorErrorCode.SERIES_MISMATCH, IndicatorErrorCode.SERIES_MISMATCH.fragment("no-series", variable, region), null));
  }

  /** All series, in insertion order. */
  public List<TimeSeries> all() {
    return List.copyOf(byKey.values());
  }

  /** The regions, in order of first appearance. */
  public List<Region> regions() {
    Map<String, Region> m = new LinkedHashMap<>();
    byKey.values().forEach(s -> m.putIfAbsent(s.region().key(), s.region()));
    return List.copyOf(m.values());
  }

  /** The variables, sorted. */
  public List<String> variables() {
    TreeSet<String> v = new TreeSet<>();
    byKey.values().forEach(s -> v.add(s.variable()));
    return List.copyOf(v);
  }

  /**
   * The series of one variable, for every region that has it.
   *
   * @param variable the variable
   * @return the series
   */
  public List<TimeSeries> ofVariable(String variable) {
    List<TimeSeries> l = new ArrayList<>();
    byKey.values().forEach(s -> {
      if (s.variable().equals(variable)) {
        l.add(s);
      }
    });
    return l;
  }

  /** The number of series. */
  public int size() {
    return byKey.size();
  }
}
