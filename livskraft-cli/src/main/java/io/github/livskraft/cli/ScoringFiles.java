package io.github.livskraft.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.livskraft.indicators.IndicatorException;
import io.github.livskraft.indicators.dashboard.ColourThresholds;
import io.github.livskraft.indicators.dashboard.Normalisation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Bounds and weights files for {@code indicators compute} (read with jackson-dataformat-csv).
 *
 * <pre>
 * indicator,lower,optimum,red,green,weight,lower_reason,optimum_reason
 * climate.ghg-per-capita,8,0,6,2.5,1,2.5th percentile 2024,net zero
 * </pre>
 *
 * <p>{@code red} and {@code green} give the SDSN colours (yellow/orange at their midpoint; thresholds outside the
 * bounds are kept as given, as SDSN does); {@code orange,yellow} may be given instead of the midpoint. A weights file has
 * {@code indicator,weight}.
 */
final class ScoringFiles {
  /** At most this many bytes per file. */
  static final long MAX_BYTES = 1_000_000;

  private ScoringFiles() {}

  /** One row of a bounds file. */
  record Bounds(String indicator, Normalisation.Linear normalisation, Optional<ColourThresholds> colours,
      Optional<Double> weight) {}

  static List<Bounds> readBounds(Path file) {
    List<Bounds> out = new java.util.ArrayList<>();
    int line = 1;
    for (Map<String, String> row : rows(file, List.of("indicator", "lower", "optimum"))) {
      line++;
      String id = row.get("indicator").strip().toLowerCase(Locale.ROOT);
      double lower = number(file, line, "lower", row.get("lower"));
      double optimum = number(file, line, "optimum", row.get("optimum"));
      try {
        Normalisation.Linear n = new Normalisation.Linear(lower, optimum,
            text(row, "lower_reason"), text(row, "optimum_reason"));
        Optional<ColourThresholds> c = Optional.empty();
        if (present(row, "orange") && present(row, "yellow") && present(row, "green")) {
          c = Optional.of(ColourThresholds.codebook(lower, number(file, line, "orange", row.get("orange")),
              number(file, line, "yellow", row.get("yellow")), number(file, line, "green", row.get("green")),
              optimum));
        } else if (present(row, "red") && present(row, "green")) {
          c = Optional.of(ColourThresholds.fromGreenRed(lower, number(file, line, "red", row.get("red")),
              number(file, line, "green", row.get("green")), optimum));
        }
        Optional<Double> w = present(row, "weight") ? Optional.of(number(file, line, "weight", row.get("weight")))
            : Optional.empty();
        out.add(new Bounds(id, n, c, w));
      } catch (IndicatorException e) {
        throw CliException.input("err.at-line", file.toString(), Integer.toString(line), new CliException.Detail(e));
      }
    }
    return out;
  }

  static Map<String, Double> readWeights(Path file) {
    Map<String, Double> out = new LinkedHashMap<>();
    int line = 1;
    for (Map<String, String> row : rows(file, List.of("indicator", "weight"))) {
      line++;
      double w = number(file, line, "weight", row.get("weight"));
      if (!(w >= 0)) {
        throw CliException.input("err.weight", file + " line " + line, String.valueOf(w));
      }
      out.put(row.get("indicator").strip().toLowerCase(Locale.ROOT), w);
    }
    return out;
  }

  private static List<Map<String, String>> rows(Path file, List<String> required) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw CliException.input("err.file-too-large", String.valueOf(file), String.valueOf(MAX_BYTES));
      }
      CsvMapper mapper = new CsvMapper();
      try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
          .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
        List<Map<String, String>> rows = it.readAll();
        if (!rows.isEmpty()) {
          for (String r : required) {
            if (!rows.get(0).containsKey(r)) {
              throw CliException.input("err.csv-column", String.valueOf(file), r, String.valueOf(required));
            }
          }
        }
        return rows;
      }
    } catch (IOException e) {
      throw CliException.input("err.csv-unreadable", String.valueOf(file));
    }
  }

  private static boolean present(Map<String, String> row, String key) {
    return row.get(key) != null && !row.get(key).isBlank();
  }

  private static Optional<String> text(Map<String, String> row, String key) {
    return present(row, key) ? Optional.of(row.get(key).strip()) : Optional.empty();
  }

  private static double number(Path file, int line, String column, String text) {
    String t = text == null ? "" : text.strip();
    try {
      double d = t.contains("/") ? Double.parseDouble(t.substring(0, t.indexOf('/')))
          / Double.parseDouble(t.substring(t.indexOf('/') + 1)) : Double.parseDouble(t.replace(',', '.'));
      if (!Double.isFinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw CliException.input("err.csv-number", file + " line " + line + ", " + column, t);
    }
  }
}
