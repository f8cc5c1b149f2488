package io.github.livskraft.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
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
  static final CsvMapper MAPPER = CsvMapper.builder().build();

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
        throw new ReportDataException(source, line, ReportErrorCode.DATA.fragment("no-column", column, header.keySet()));
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
        throw new ReportDataException(source, line, ReportErrorCode.DATA.fragment("integer", column, v));
      }
    }

    double getDouble(String column) {
      String v = get(column);
      try {
        return Double.parseDouble(v);
      } catch (NumberFormatException e) {
        throw new ReportDataException(source, line, ReportErrorCode.DATA.fragment("number", column, v));
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
    int line = 1;
    try (JsonParser p = MAPPER.createParser(reader)) {
      List<String> rec = new ArrayList<>();
      for (JsonToken t; (t = p.nextToken()) != null; ) {
        if (t == JsonToken.START_ARRAY) {
          rec = new ArrayList<>();
        } else if (t != JsonToken.END_ARRAY) {
          if (rec.isEmpty()) {
            line = p.currentTokenLocation().getLineNr(); // the line on which the record starts
          }
          rec.add(p.getText());
        } else if (rec.isEmpty() || rec.size() == 1 && rec.get(0).isEmpty()) {
          continue;
        } else if (header == null) {
          header = new HashMap<>();
          for (int k = 0; k < rec.size(); k++) {
            String name = rec.get(k).strip();
            if (k == 0 && name.startsWith("\uFEFF")) {
              name = name.substring(1);
            }
            header.put(name.toLowerCase(Locale.ROOT), k);
          }
        } else {
          rows.add(new Row(source, line, List.copyOf(rec), header));
        }
      }
    } catch (JsonProcessingException e) {
      throw new ReportDataException(source, line, ReportErrorCode.DATA.fragment("csv"));
    }
    if (header == null) {
      throw new ReportDataException(source, 1, ReportErrorCode.DATA.fragment("empty"));
    }
    return rows;
  }
}
