package io.github.livskraft.examples;

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
    List<String> lines = text("data/ssb-07459_folkemengde_kongsbergregionen_2005-2024.DERIVED.csv").lines().toList();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");   // kommunenummer_2024,kommunenavn,kommunenummer_i_kilde,aar,folkemengde,kildefil
      out.computeIfAbsent(MunicipalityCode.parse(f[0]), k -> new TreeMap<>())
          .put(Integer.parseInt(f[3]), Double.parseDouble(f[4]));
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
    List<String> lines = text("data/ssb-13502_KOSandel120000_kongsbergregionen_2015-2023.DERIVED.csv").lines().toList();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");   // region_i_kilde,kommunenummer,aar,verdi_raa,verdi_1_desimal
      if (f[4].equals(".")) {
        continue;                     // SSB's "." : the code was not in use that year
      }
      CodeResolution r = registry.resolve(MunicipalityCode.parse(f[1]), LocalDate.of(2024, 1, 1));
      out.computeIfAbsent(r.targetCode(), k -> new TreeMap<>())   // throws if not a plain renumbering
          .put(Integer.parseInt(f[2]), Double.parseDouble(f[4]));
    }
    return out;
  }
}
