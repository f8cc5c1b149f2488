package io.github.livskraft.report;

import io.github.livskraft.indicators.series.ObservationStatus;
import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.sdg.LocalizedText;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the real statistics bundled with the report (see {@code data/PROVENANCE.md}) and harmonises every series
 * to today's municipality codes. Each file is parsed once per instance.
 */
final class BundledStatistics {
  static final String POPULATION = "data/ssb-07459_folkemengde_alle-kommuner_2005-2024.DERIVED.csv.gz";
  static final String POPULATION_REGION = "data/ssb-07459_folkemengde_kongsbergregionen_2005-2024.DERIVED.csv";
  static final String LAND_USE = "data/ssb-arealprofiler_alle-kommuner_2015-2024.csv.gz";
  static final String KINDERGARTEN = "data/ssb-13502_KOSandel120000_alle-kommuner_2015-2023.csv.gz";
  static final String GHG = "data/mdir-klimagassutslipp_telemark-kommuner_2009-2024.PROCESSED-BY-TFK.csv.gz";
  /** Today's county number of Telemark (the GHG file names municipalities, without codes). */
  static final String TELEMARK = "40";

  private final MunicipalityCodes codes;
  private final Map<String, MunicipalData> cache = new ConcurrentHashMap<>();
  // computeIfAbsent must not recurse into the same map: land-use statistics share one parse
  private volatile List<Csv.Row> landUseRows;

  BundledStatistics(MunicipalityCodes codes) {
    this.codes = codes;
  }

  MunicipalityCodes codes() {
    return codes;
  }

  /** SSB 07459: population on 1 January, 2005–2024 (persons). */
  MunicipalData population() {
    return cache.computeIfAbsent("population", k -> {
      Harmoniser h = new Harmoniser(POPULATION);
      for (Csv.Row r : rows(POPULATION)) {
        h.put(r, r.get("kommunenummer"), r.getInt("aar"), r.getDouble("folkemengde_1_januar"));
      }
      return h.result();
    });
  }

  /** SSB 13502 KOSandel120000: share of children aged 1–2 in kindergarten (%), 2015–2023. */
  MunicipalData kindergartenShare() {
    return cache.computeIfAbsent("kindergarten", k -> {
      Harmoniser h = new Harmoniser(KINDERGARTEN);
      for (Csv.Row r : rows(KINDERGARTEN)) {
        String v = r.get("verdi_1_desimal");
        if (isSsbMissingSymbol(v)) {
          // "." = the code was not in use that year (the figure sits under the other code); ".." and ":" are kept
          h.putMissing(r.get("kommunenummer"), r.getInt("aar"), v);
          continue;
        }
        h.put(r, r.get("kommunenummer"), r.getInt("aar"), r.getDouble("verdi_1_desimal"));
      }
      return h.result();
    });
  }

  /**
   * A statistic of SSB's land-use profiles (rows without a land-use class only).
   *
   * @param statistic the exact {@code statistikkvariabel}, e.g. "Andel bosatte i tettsted. Prosent"
   */
  MunicipalData landUse(String statistic) {
    return cache.computeIfAbsent("landuse:" + statistic, k -> {
      Harmoniser h = new Harmoniser(LAND_USE);
      boolean found = false;
      for (Csv.Row r : landUseRows()) {
        if (!r.get("statistikkvariabel").equals(statistic) || !r.get("klasse").isEmpty()) {
          continue;
        }
        found = true;
        String v = r.get("verdi");
        if (v.isEmpty()) {
          continue;
        }
        if (isSsbMissingSymbol(v)) {
          h.putMissing(r.get("kommunenr"), r.getInt("år"), v);
          continue;
        }
        h.put(r, r.get("kommunenr"), r.getInt("år"), r.getDouble("verdi"));
      }
      if (!found) {
        throw new ReportDataException(LAND_USE, 0, ReportErrorCode.DATA.fragment("no-statistic", statistic));
      }
      return h.result();
    });
  }

  /** The statistics names in SSB's land-use profiles. */
  List<String> landUseStatistics() {
    TreeSet<String> names = new TreeSet<>();
    landUseRows().forEach(r -> names.add(r.get("statistikkvariabel")));
    return List.copyOf(names);
  }

  /**
   * Miljødirektoratet: total greenhouse-gas emissions (tonnes CO₂-equivalents, all sectors, LULUCF excluded) of
   * the Telemark municipalities; the separate gas rows are summed.
   */
  MunicipalData ghgTotal() {
    return cache.computeIfAbsent("ghg", k -> {
      Map<MunicipalityCode, NavigableMap<Integer, Double>> sums = new TreeMap<>();
      TreeSet<String> unknown = new TreeSet<>();
      for (Csv.Row r : rows(GHG)) {
        String name = r.get("kommune");
        Optional<MunicipalityCode> code = codes.byName(name, TELEMARK);
        if (code.isEmpty()) {
          unknown.add(name);
          continue;
        }
        String v = r.get("utslipp");
        if (v.isEmpty()) {
          continue;
        }
        sums.computeIfAbsent(code.get(), c -> new TreeMap<>()).merge(r.getInt("år"), r.getDouble("utslipp"),
            Double::sum);
      }
      List<LocalizedText> notes = new ArrayList<>();
      if (!unknown.isEmpty()) {
        notes.add(Texts.text("note.unknown-names", unknown));
      }
      Map<MunicipalityCode, NavigableMap<Integer, Double>> rounded = new TreeMap<>();
      sums.forEach((c, m) -> {
        NavigableMap<Integer, Double> r = new TreeMap<>();
        m.forEach((y, v) -> r.put(y, Math.round(v * 100.0) / 100.0));
        rounded.put(c, r);
      });
      return new MunicipalData(rounded, notes);
    });
  }

  private List<Csv.Row> landUseRows() {
    List<Csv.Row> rows = landUseRows;
    if (rows == null) {
      rows = rows(LAND_USE);
      landUseRows = rows;
    }
    return rows;
  }

  static List<Csv.Row> rows(String resource) {
    try (Reader in = BundledData.reader(resource)) {
      return Csv.read(in, resource);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the bundled resource " + resource, e);
    }
  }

  /** SSB's symbols for a missing figure: {@code .} {@code ..} {@code ...} {@code :} {@code -}. */
  static boolean isSsbMissingSymbol(String v) {
    return v.equals(".") || v.equals("..") || v.equals("...") || v.equals(":") || v.equals("-");
  }

  /** Puts published-code figures on today's codes, reporting codes it cannot place and conflicting duplicates. */
  private final class Harmoniser {
    private final String source;
    private final Map<MunicipalityCode, NavigableMap<Integer, Double>> values = new HashMap<>();
    private final Map<MunicipalityCode, NavigableMap<Integer, ObservationStatus>> missing = new HashMap<>();
    private final TreeSet<String> unplaced = new TreeSet<>();
    private final List<String> conflicts = new ArrayList<>();

    Harmoniser(String source) {
      this.source = source;
    }

    void put(Csv.Row row, String publishedCode, int year, double value) {
      MunicipalityCode published;
      try {
        published = MunicipalityCode.parseLenient(publishedCode);
      } catch (IllegalArgumentException e) {
        unplaced.add(publishedCode);
        return;
      }
      Optional<MunicipalityCode> now = codes.current(published, year);
      if (now.isEmpty()) {
        unplaced.add(published.value());
        return;
      }
      Double old = values.computeIfAbsent(now.get(), c -> new TreeMap<>()).putIfAbsent(year, value);
      if (old != null && Double.compare(old, value) != 0) {
        conflicts.add(String.format(Locale.ROOT, "%s %d: %s vs %s (line %d)", now.get(), year, old, value,
            row.line()));
      }
    }

    /** A published cell without a figure: kept with its SSB status (never a silent gap, never 0). */
    void putMissing(String publishedCode, int year, String symbol) {
      Optional<ObservationStatus> st = ObservationStatus.fromSymbol(symbol);
      if (st.isEmpty() || st.get() == ObservationStatus.NOT_APPLICABLE) {
        return; // "." under a code not in use that year: the municipality's figure is published under its other code
      }
      MunicipalityCode published;
      try {
        published = MunicipalityCode.parseLenient(publishedCode);
      } catch (IllegalArgumentException e) {
        return;
      }
      codes.current(published, year).ifPresent(now -> missing.computeIfAbsent(now, c -> new TreeMap<>())
          .putIfAbsent(year, st.get()));
    }

    MunicipalData result() {
      // Codes the registry cannot place (municipalities merged or split before 2024) are left out; a region
      // municipality that loses years this way shows them as missing in its series and table.
      List<LocalizedText> notes = new ArrayList<>();
      if (!conflicts.isEmpty()) {
        throw new ReportDataException(source, 0,
            ReportErrorCode.DATA.fragment("conflict", conflicts.subList(0, Math.min(5, conflicts.size()))));
      }
      return new MunicipalData(values, missing, notes);
    }
  }
}
