package io.github.livskraft.sdg.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A strictly parsed RFC 4180 CSV file (UTF-8 text, comma, double-quote quoting, {@code \n} or {@code \r\n} line
 * ends), split by jackson-dataformat-csv ({@link CsvRecords}). The header must list exactly the expected columns in the expected order; every record must have as
 * many fields as the header. Errors name the file, the line and the column. Immutable.
 */
public final class CsvTable {
  private final String file;
  private final List<String> columns;
  private final Map<String, Integer> index;
  private final List<Row> rows;

  private CsvTable(String file, List<String> columns, List<Row> rows) {
    this.file = file;
    this.columns = List.copyOf(columns);
    Map<String, Integer> idx = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      idx.put(columns.get(i), i);
    }
    this.index = Map.copyOf(idx);
    this.rows = List.copyOf(rows);
  }

  /**
   * Parses a file.
   *
   * @param file the file name, for messages
   * @param text the whole file content
   * @param expectedColumns the exact header
   * @return the table
   * @throws CsvFormatException on any deviation
   */
  public static CsvTable parse(String file, String text, List<String> expectedColumns) {
    List<Integer> lines = new ArrayList<>();
    List<List<String>> records = split(file, text, lines);
    return of(file, lines, records, expectedColumns);
  }

  /**
   * Splits a file into records without checking the header.
   *
   * @param file the file name, for messages
   * @param text the whole file content
   * @param lines receives the 1-based line each record starts on
   * @return the records, the header first
   * @throws CsvFormatException on malformed quoting, line ends or empty lines
   */
  public static List<List<String>> split(String file, String text, List<Integer> lines) {
    return CsvRecords.split(file, text, lines);
  }

  /**
   * A table from records already split (by {@link #parse} or from the compact form of {@link CompactEdition}),
   * with the same header and field-count checks as {@link #parse}.
   *
   * @param file the file name, for messages
   * @param lines the 1-based line each record starts on
   * @param records the records, the header first
   * @param expectedColumns the exact header
   * @return the table
   * @throws CsvFormatException on any deviation
   */
  public static CsvTable of(String file, List<Integer> lines, List<List<String>> records,
      List<String> expectedColumns) {
    if (records.isEmpty()) {
      throw new CsvFormatException(file, 1, "", "SDG-0005.csv.empty-file",
          String.join(",", expectedColumns));
    }
    List<String> header = records.get(0);
    if (!header.equals(expectedColumns)) {
      List<String> unknown = new ArrayList<>(header);
      unknown.removeAll(expectedColumns);
      List<String> missing = new ArrayList<>(expectedColumns);
      missing.removeAll(header);
      throw new CsvFormatException(file, 1, "", "SDG-0005.csv.header", header, expectedColumns, unknown,
          missing);
    }
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> positions = new HashMap<>();
    for (int c = 0; c < header.size(); c++) {
      positions.put(header.get(c), c);
    }
    for (int r = 1; r < records.size(); r++) {
      List<String> rec = records.get(r);
      if (rec.size() != header.size()) {
        throw new CsvFormatException(file, lines.get(r), "",
            "SDG-0005.csv.field-count", rec.size(), header.size(),
            String.join(",", header));
      }
      rows.add(new Row(file, lines.get(r), positions, List.copyOf(rec)));
    }
    return new CsvTable(file, header, rows);
  }

  /** The file name. */
  public String file() {
    return file;
  }

  /** The header. */
  public List<String> columns() {
    return columns;
  }

  /** The data rows, in file order. */
  public List<Row> rows() {
    return rows;
  }

  /** Whether a column exists. */
  public boolean hasColumn(String column) {
    return index.containsKey(column);
  }

  /** One record with its file and line. */
  public static final class Row {
    private final String file;
    private final int line;
    private final Map<String, Integer> positions;
    private final List<String> values;

    Row(String file, int line, Map<String, Integer> positions, List<String> values) {
      this.file = file;
      this.line = line;
      this.positions = positions;
      this.values = values;
    }

    /** The file name. */
    public String file() {
      return file;
    }

    /** The 1-based line the record starts on. */
    public int line() {
      return line;
    }

    /**
     * The value of a column ("" when empty).
     *
     * @param column the column name
     * @return the raw value
     */
    public String get(String column) {
      Integer i = positions.get(column);
      if (i == null) {
        // a defect of the reader: it asks only for the columns of its own fixed header
        throw new IllegalStateException("no column " + column + " in " + file);
      }
      return values.get(i);
    }

    /**
     * A value that must not be blank and must not have surrounding white space.
     *
     * @param column the column name
     * @return the value
     * @throws CsvFormatException if blank or padded
     */
    public String required(String column) {
      String v = get(column);
      if (v.isBlank()) {
        throw error(column, "SDG-0005.csv.required");
      }
      return checkTrimmed(column, v);
    }

    /**
     * A value that may be empty; "" when empty.
     *
     * @param column the column name
     * @return the value
     * @throws CsvFormatException if it has surrounding white space
     */
    public String optional(String column) {
      String v = get(column);
      if (!v.isEmpty() && v.isBlank()) {
        throw error(column, "SDG-0005.csv.blank");
      }
      return v.isEmpty() ? v : checkTrimmed(column, v);
    }

    private String checkTrimmed(String column, String v) {
      if (!v.equals(v.strip())) {
        throw error(column, "SDG-0005.csv.padded", v);
      }
      return v;
    }

    /**
     * An error located at this row.
     *
     * @param column the column, or ""
     * @param problem the bundle key of what is wrong and what was expected, {@code SDG-0005.<problem>}
     * @param args the arguments of the problem's pattern
     * @return the exception, to throw
     */
    public CsvFormatException error(String column, String problem, Object... args) {
      return new CsvFormatException(file, line, column, problem, args);
    }
  }
}
