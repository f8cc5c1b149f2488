package io.github.livskraft.municipalities.internal;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.livskraft.municipalities.MunicipalityErrorCode;
import io.github.livskraft.municipalities.MunicipalityException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A bundled CSV file read with Jackson's CSV module (RFC 4180: quoted fields, doubled quotes, commas and line breaks
 * inside quotes), streaming, without data binding: each record is its fields and the line it starts on. The first
 * record must be the expected header and every record must have the header's number of fields; otherwise a
 * {@link MunicipalityException} names the file, the line and what was expected ({@code MUN-0021}, {@code MUN-0022}).
 */
final class BundledCsv {
  /** One factory for the bundled files: immutable once built, thread-safe. */
  private static final CsvFactory FACTORY = CsvFactory.builder().build();

  /** A record: its fields and the line it starts on (1 = the header). */
  record Row(List<String> fields, int line) {
    String get(int i) {
      return fields.get(i);
    }
  }

  private BundledCsv() {}

  /**
   * Reads every record after the header.
   *
   * @param name the resource's name, for messages
   * @param bytes the UTF-8 content
   * @param header the expected header, as its fields joined by commas
   * @return the records after the header, in order
   */
  static List<Row> read(String name, byte[] bytes, String header) {
    int fields = header.split(",", -1).length;
    List<Row> rows = new ArrayList<>();
    try (CsvParser p = (CsvParser) FACTORY.createParser(bytes)) {
      boolean first = true;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t != JsonToken.START_ARRAY) {
          continue;
        }
        int line = 0; // the first field's line (the array's own location is the end of the previous record)
        List<String> row = new ArrayList<>(fields);
        while (p.nextToken() == JsonToken.VALUE_STRING) {
          if (row.isEmpty()) {
            line = p.currentTokenLocation().getLineNr();
          }
          row.add(p.getText());
        }
        if (first) {
          first = false;
          if (!String.join(",", row).equals(header)) {
            throw new MunicipalityException(MunicipalityErrorCode.BUNDLED_HEADER, null, name, header,
                String.join(",", row));
          }
          continue;
        }
        if (row.size() != fields) {
          throw new MunicipalityException(MunicipalityErrorCode.BUNDLED_FIELDS, null, name, line, fields, row.size());
        }
        rows.add(new Row(List.copyOf(row), line));
      }
      if (first) {
        throw new MunicipalityException(MunicipalityErrorCode.BUNDLED_HEADER, null, name, header, "");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
