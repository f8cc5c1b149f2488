package io.github.livskraft.report;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the bundled CSV files with jackson-dataformat-csv (RFC 4180: comma, double quotes, quoted line breaks),
 * keeping the line number of every record so that errors can point at it.
 */
final class Csv {
  /** Jackson's CSV mapper, shared: immutable once configured. */
  static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

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
   * Reads all records after the header line (empty lines are skipped; column names are matched
   * case-insensitively).
   *
   * @param reader the text
   * @param source the file name used in error messages
   * @return the records
   */
  static List<Row> read(Reader reader, String source) throws IOException {
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> header = null;
    try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema())
        .readValues(reader)) {
      while (true) {
        int line;
        String[] rec;
        try {
          if (!it.hasNextValue()) {
            break;
          }
          rec = it.nextValue();
          line = (int) it.getCurrentLocation().getLineNr();
        } catch (IOException | RuntimeException e) {
          throw new ReportDataException(source, (int) it.getCurrentLocation().getLineNr(),
              "not valid CSV (RFC 4180): expected comma-separated fields, quoted with \" where needed");
        }
        if (rec.length == 0 || rec.length == 1 && rec[0].isEmpty()) {
          continue;
        }
        if (header == null) {
          header = new HashMap<>();
          for (int k = 0; k < rec.length; k++) {
            String name = rec[k].strip();
            if (k == 0 && name.startsWith("\uFEFF")) {
              name = name.substring(1);
            }
            header.put(name.toLowerCase(Locale.ROOT), k);
          }
        } else {
          rows.add(new Row(source, line, Arrays.asList(rec), header));
        }
      }
    }
    if (header == null) {
      throw new ReportDataException(source, 1, "empty file: expected a header line");
    }
    return rows;
  }
}
