package io.github.livskraft.report;

import io.github.livskraft.report.internal.CsvRecords;
import io.github.livskraft.sdg.internal.output.SafeText;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashMap;

/**
 * A small RFC 4180 reader (comma, double quotes, quoted line breaks) for the bundled CSV files, keeping the
 * line number of every record so that errors can point at it.
 */
final class Csv {
  private Csv() {}

  /**
   * One record.
   *
   * @param source the file name, for messages
   * @param line the 1-based line on which the record starts
   * @param fields the fields
   * @param header column name → index
   */
  record Row(String source, int line, List<String> fields, Map<String, Integer> header) {
    /** The field in the named column (trimmed); throws a {@link ReportDataException} naming file and line. */
    String get(String column) {
      Integer i = header.get(column);
      if (i == null) {
        throw new ReportDataException(source, line, "no column '" + column + "' (columns: " + header.keySet() + ")");
      }
      if (i >= fields.size()) {
        return ""; // trailing empty cells are left out by some exports (e.g. the xlsx → CSV land-use file)
      }
      return fields.get(i).strip();
    }

    int getInt(String column) {
      String v = get(column);
      try {
        return Integer.parseInt(v);
      } catch (NumberFormatException e) {
        throw new ReportDataException(source, line, "column '" + column + "': expected a whole number, found '"
            + v + "'");
      }
    }

    double getDouble(String column) {
      String v = get(column);
      try {
        return Double.parseDouble(v);
      } catch (NumberFormatException e) {
        throw new ReportDataException(source, line, "column '" + column + "': expected a number, found '" + v
            + "'");
      }
    }
  }

  /**
   * Reads all records after the header line with the CLI's shared tokenizer ({@link CsvRecords}; empty lines are skipped; column names are matched case-insensitively).
   *
   * @param reader the text
   * @param source the file name used in error messages
   * @return the records
   */
  static List<Row> read(Reader reader, String source) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n; (n = reader.read(buffer)) >= 0; ) {
      text.append(buffer, 0, n);
    }
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> header = null;
    for (CsvRecords.Record rec : CsvRecords.parse(text, false,
        (line, col, en, nb) -> new ReportDataException(source, line, en))) {
      if (rec.fields().size() == 1 && rec.fields().get(0).isEmpty()) {
        continue;
      }
      if (header == null) {
        header = new HashMap<>();
        for (int k = 0; k < rec.fields().size(); k++) {
          String name = rec.fields().get(k).strip();
          if (k == 0 && name.startsWith("\uFEFF")) {
            name = name.substring(1);
          }
          header.put(name.toLowerCase(Locale.ROOT), k);
        }
      } else {
        rows.add(new Row(source, rec.line(), rec.fields(), header));
      }
    }
    if (header == null) {
      throw new ReportDataException(source, 1, "empty file: expected a header line");
    }
    return rows;
  }

  /**
   * Quotes a field for output when needed; a text cell that a spreadsheet would run as a formula gets a
   * {@code '} prefix (the one shared rule, {@link SafeText#csvField}).
   */
  static String quote(String field) {
    return SafeText.csvField(field, ',', true);
  }
}
