package io.github.livskraft.kostra.klass;

import io.github.livskraft.indicators.region.MunicipalityCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The KLASS snapshot bundled as resources (see {@code PROVENANCE.md} in the same resource folder): read once, on
 * first use (holder idiom), never changed.
 */
final class BundledKlass {
  static final String CODES_2026 = "klass-131_codesAt_2026-01-01_nb.json";
  static final String COUNTIES_2020 = "klass-104_codesAt_2020-01-01.json";
  static final String OBSERVED = "klass-131_codes-observed_2017-2024.DERIVED.csv";
  static final String CHANGES = "klass-131_changes_kongsbergregionen_2020-2024.REFERENCE.json";
  static final LocalDate KLASS_DATE = LocalDate.of(2026, 1, 1);

  private BundledKlass() {}

  private static final class Holder {
    static final MunicipalityRegistry REGISTRY = load();
  }

  static MunicipalityRegistry registry() {
    return Holder.REGISTRY;
  }

  static byte[] resource(String name) {
    try (InputStream in = BundledKlass.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new KlassException("bundled KLASS resource " + name + " is missing from the jar", null);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes a trailing validity note such as "(-2019)" or "(2020-2023)" from a name. */
  static String cleanName(String name) {
    return io.github.livskraft.kostra.pxweb.SeriesBridge.withoutValidityNote(name);
  }

  static List<ClassificationCode> codes2026() {
    return KlassJson.codes(resource(CODES_2026), CODES_2026);
  }

  static List<ClassificationCode> counties2020() {
    return KlassJson.codes(resource(COUNTIES_2020), COUNTIES_2020);
  }

  static List<CodeChange> changes() {
    return KlassJson.changes(resource(CHANGES), CHANGES);
  }

  private static MunicipalityRegistry load() {
    // code -> (observation day -> name)
    Map<MunicipalityCode, TreeMap<LocalDate, String>> seen = new TreeMap<>();
    TreeSet<LocalDate> days = new TreeSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new java.io.ByteArrayInputStream(resource(OBSERVED)), StandardCharsets.UTF_8))) {
      String header = r.readLine();
      if (!"code,name,year".equals(header)) {
        throw new KlassException(OBSERVED + " line 1: expected header 'code,name,year', found '" + header + "'",
            null);
      }
      String line;
      int n = 1;
      while ((line = r.readLine()) != null) {
        n++;
        String[] f = line.split(",", -1);
        if (f.length != 3) {
          throw new KlassException(OBSERVED + " line " + n + ": expected 3 fields, found " + f.length, null);
        }
        LocalDate day = LocalDate.of(Integer.parseInt(f[2]), 1, 1);
        days.add(day);
        seen.computeIfAbsent(MunicipalityCode.parse(f[0]), k -> new TreeMap<>()).put(day, cleanName(f[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    days.add(KLASS_DATE);
    for (ClassificationCode c : codes2026()) {
      if (MunicipalityCode.isWellFormed(c.code())) {
        seen.computeIfAbsent(MunicipalityCode.parse(c.code()), k -> new TreeMap<>()).put(KLASS_DATE, c.name());
      }
    }
    List<LocalDate> dayList = new ArrayList<>(days);
    List<MunicipalityPeriod> periods = new ArrayList<>();
    for (Map.Entry<MunicipalityCode, TreeMap<LocalDate, String>> e : seen.entrySet()) {
      LocalDate start = null;
      String name = "";
      for (int i = 0; i < dayList.size(); i++) {
        LocalDate d = dayList.get(i);
        String nm = e.getValue().get(d);
        if (nm != null) {
          if (start == null) {
            start = d;
          }
          name = nm;
        } else if (start != null) {
          periods.add(new MunicipalityPeriod(e.getKey(), name, start, Optional.of(d)));
          start = null;
        }
      }
      if (start != null) {
        periods.add(new MunicipalityPeriod(e.getKey(), name, start, Optional.empty()));
      }
    }
    return MunicipalityRegistry.of(periods, changes(),
        "bundled snapshot: KLASS 131 codesAt 2026-01-01; codes observed 1 January 2017-2024 in SSB 07459 (derived);"
            + " Kongsbergregionen renumberings 2020 and 2024 (reference table)");
  }
}
