package io.github.livskraft.municipalities.internal;

import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.municipalities.MunicipalityErrorCode;
import io.github.livskraft.municipalities.MunicipalityException;
import io.github.livskraft.municipalities.MunicipalityRegistry;
import io.github.livskraft.municipalities.MunicipalityPeriod;
import io.github.livskraft.municipalities.ClassificationCode;
import io.github.livskraft.municipalities.CodeChange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
public final class BundledRegistry {
  public static final String CODES_2026 = "klass-131_codesAt_2026-01-01_nb.json";
  public static final String COUNTIES_2020 = "klass-104_codesAt_2020-01-01.json";
  public static final String OBSERVED = "klass-131_codes-observed_2017-2024.DERIVED.csv";
  public static final String CHANGES = "klass-131_changes_kongsbergregionen_2020-2024.REFERENCE.json";
  /** FHI's national correspondence table (MIT), see PROVENANCE.md: every code change from 1838 to 2024. */
  public static final String NATIONAL_CHANGES = "fhi-csdata_norway_locations_redistricting.csv";
  private static final String NATIONAL_HEADER = "year_start,year_end,municip_code_end,weighting,municip_code,"
      + "municip_name,county_code,county_name,georegion_code,georegion_name,mtregion_code,mtregion_name";
  /** Changes before this day are left out: the registry's validity periods start on 1 January 2017. */
  private static final LocalDate FIRST_CHANGE = LocalDate.of(2018, 1, 1);
  private static final java.util.regex.Pattern VALIDITY_SUFFIX =
      java.util.regex.Pattern.compile("\\s*\\((\\d{4})?\\s*-\\s*(\\d{4})?\\)\\s*$");
  public static final LocalDate KLASS_DATE = LocalDate.of(2026, 1, 1);

  private BundledRegistry() {}

  private static final class Holder {
    static final MunicipalityRegistry REGISTRY = load();
  }

  public static MunicipalityRegistry registry() {
    return Holder.REGISTRY;
  }

  public static byte[] resource(String name) {
    try (InputStream in = BundledRegistry.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new MunicipalityException(MunicipalityErrorCode.BUNDLED_MISSING, null, name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes a trailing validity note such as "(-2019)" or "(2020-2023)" from a name. */
  public static String cleanName(String name) {
    return VALIDITY_SUFFIX.matcher(name).replaceFirst("").strip();
  }

  static List<ClassificationCode> codes2026() {
    return KlassJson.codes(resource(CODES_2026), CODES_2026);
  }

  static List<ClassificationCode> counties2020() {
    return KlassJson.codes(resource(COUNTIES_2020), COUNTIES_2020);
  }

  static List<CodeChange> changes() {
    List<CodeChange> all = new ArrayList<>(KlassJson.changes(resource(CHANGES), CHANGES));
    all.addAll(nationalChanges());
    return all;
  }

  /**
   * The national code changes since 2018 from FHI's correspondence table: a row whose code ended in year Y with an
   * end code E is a change from the code to E on 1 January Y+1 (several rows for one code make a split, several codes
   * with one end code a merger; the registry classifies them per day).
   */
  static List<CodeChange> nationalChanges() {
    Map<String, String> names = new java.util.HashMap<>();
    List<String[]> rows = new ArrayList<>();
    for (BundledCsv.Row row : BundledCsv.read(NATIONAL_CHANGES, resource(NATIONAL_CHANGES), NATIONAL_HEADER)) {
      String code = row.get(4);
      if (code.startsWith("missing") || code.startsWith("notmainland")) {
        continue; // "unknown municipality" and Svalbard/Jan Mayen rows: not municipalities
      }
      int n = row.line();
      String end = stripPrefix(row.get(2), n);
      code = stripPrefix(code, n);
      names.putIfAbsent(code, row.get(5));
      if (!row.get(1).isEmpty() && !end.isEmpty()) {
        rows.add(new String[] {row.get(1), end, code, row.get(5), String.valueOf(n)});
      }
    }
    List<CodeChange> out = new ArrayList<>();
    for (String[] row : rows) {
      int yearEnd;
      try {
        yearEnd = Integer.parseInt(row[0]);
      } catch (NumberFormatException e) {
        throw new MunicipalityException(MunicipalityErrorCode.BUNDLED_YEAR, e, NATIONAL_CHANGES, row[4], "year_end",
            row[0]);
      }
      LocalDate day = LocalDate.of(yearEnd + 1, 1, 1);
      if (day.isBefore(FIRST_CHANGE) || row[1].equals(row[2])) {
        continue;
      }
      out.add(new CodeChange(Optional.of(row[2]), row[3], Optional.of(row[1]), names.getOrDefault(row[1], ""),
          day));
    }
    return out;
  }

  private static boolean isYear(String s) {
    if (s.length() != 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static String stripPrefix(String code, int line) {
    if (code.isEmpty()) {
      return code;
    }
    if (!code.startsWith("municip_nor") || code.length() != 15) {
      throw new MunicipalityException(MunicipalityErrorCode.BUNDLED_CODE, null, NATIONAL_CHANGES, line, code);
    }
    return code.substring("municip_nor".length());
  }

  private static MunicipalityRegistry load() {
    // code -> (observation day -> name)
    Map<MunicipalityCode, TreeMap<LocalDate, String>> seen = new TreeMap<>();
    TreeSet<LocalDate> days = new TreeSet<>();
    for (BundledCsv.Row row : BundledCsv.read(OBSERVED, resource(OBSERVED), "code,name,year")) {
      String year = row.get(2);
      if (!isYear(year)) {
        throw new MunicipalityException(MunicipalityErrorCode.BUNDLED_YEAR, null, OBSERVED, row.line(), "year", year);
      }
      LocalDate day = LocalDate.of(Integer.parseInt(year), 1, 1);
      days.add(day);
      seen.computeIfAbsent(MunicipalityCode.parse(row.get(0)), k -> new TreeMap<>()).put(day, cleanName(row.get(1)));
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
            + " national code changes 2018-2024 (FHI/csdata correspondence table, MIT)");
  }
}
