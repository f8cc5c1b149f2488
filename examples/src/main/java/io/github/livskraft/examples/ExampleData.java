package io.github.livskraft.examples;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.municipalities.CodeResolution;
import io.github.livskraft.municipalities.MunicipalityRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Reads the small real data files the examples use (see data/PROVENANCE.md). Not part of any API. */
final class ExampleData {
  private ExampleData() {}

  /** A resource of this package as text. */
  static String text(String name) {
    try (InputStream in = ExampleData.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A plan file from examples/plans, on the class path as plans/NAME. */
  static String plan(String name) {
    return text("/plans/" + name);
  }

  /** SSB 07459 population on 1 January for the seven municipalities: 2024 code → year → persons. */
  static Map<MunicipalityCode, NavigableMap<Integer, Double>> population() {
    Map<MunicipalityCode, NavigableMap<Integer, Double>> out = new TreeMap<>();
    // kommunenummer_2024,kommunenavn,kommunenummer_i_kilde,aar,folkemengde_1_januar,kildefil
    for (Map<String, String> row : csv("data/ssb-07459_folkemengde_kongsbergregionen_2005-2024.DERIVED.csv")) {
      out.computeIfAbsent(MunicipalityCode.parse(row.get("kommunenummer_2024")), k -> new TreeMap<>())
          .put(Integer.parseInt(row.get("aar")), Double.parseDouble(row.get("folkemengde_1_januar")));
    }
    return out;
  }

  /**
   * SSB 13502 kindergarten share (1–2 years) for the seven municipalities, carried from the codes SSB published
   * (0604 until 2019, 3006 for 2020–2023) onto today's codes with the KLASS municipality registry.
   */
  static Map<MunicipalityCode, NavigableMap<Integer, Double>> kindergartenShare() {
    MunicipalityRegistry registry = MunicipalityRegistry.bundled();
    Map<MunicipalityCode, NavigableMap<Integer, Double>> out = new TreeMap<>();
    // region_i_kilde,kommunenummer,aar,verdi_raa,verdi_1_desimal
    for (Map<String, String> row : csv("data/ssb-13502_KOSandel120000_kongsbergregionen_2015-2023.DERIVED.csv")) {
      String value = row.get("verdi_1_desimal");
      if (value.equals(".")) {
        continue;                     // SSB's "." : the code was not in use that year
      }
      CodeResolution r = registry.resolve(MunicipalityCode.parse(row.get("kommunenummer")), LocalDate.of(2024, 1, 1));
      out.computeIfAbsent(r.targetCode(), k -> new TreeMap<>())   // throws if not a plain renumbering
          .put(Integer.parseInt(row.get("aar")), Double.parseDouble(value));
    }
    return out;
  }

  /** The rows of a CSV resource with a header line, read with jackson-dataformat-csv, as column → value. */
  static List<Map<String, String>> csv(String name) {
    try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(text(name))) {
      return rows.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
