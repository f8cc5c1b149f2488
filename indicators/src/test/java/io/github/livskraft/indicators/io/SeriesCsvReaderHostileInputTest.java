package io.github.livskraft.indicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.indicators.IndicatorException;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.SeriesSet;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.municipalities.MunicipalityRegistry;
import io.github.livskraft.municipalities.Region;
import io.github.livskraft.sdg.Language;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: a series file inside all of {@link SeriesCsvReader}'s default limits is read in a 256 MB heap; one
 * more row, series, byte, character or column is refused with {@code IND-0010}. Runs in the forked
 * {@code heap-256m} surefire execution ({@code -Xmx256m}). Region codes are the real 2024 municipality numbers;
 * the values are generated (not statistics).
 */
@Tag("heap256")
class SeriesCsvReaderHostileInputTest {
  private static final SeriesCsvReader DEFAULT = SeriesCsvReader.create();
  private static final List<String> CODES = MunicipalityRegistry.bundled().codesIn(2024).stream()
      .map(p -> p.code().toString()).sorted().toList();

  @TempDir Path dir;

  /** A reader that makes its text line by line: the header, then {@code rows} lines from {@code row}. */
  private static final class Generated extends Reader {
    private final IntFunction<String> row;
    private final int rows;
    private String line;
    private int next;
    private int at;

    Generated(String header, int rows, IntFunction<String> row) {
      this.line = header;
      this.rows = rows;
      this.row = row;
    }

    @Override
    public int read(char[] cbuf, int off, int len) {
      int n = 0;
      while (n < len) {
        if (at == line.length()) {
          if (next == rows) {
            break;
          }
          line = row.apply(next++);
          at = 0;
        }
        int k = Math.min(len - n, line.length() - at);
        line.getChars(at, at + k, cbuf, off + n);
        at += k;
        n += k;
      }
      return n == 0 && len > 0 ? -1 : n;
    }

    @Override
    public void close() {}
  }

  /** Row {@code i} of a file of series of 100 years each (1901–2000), regions cycling through the codes. */
  private static String hundredYears(int i) {
    int s = i / 100;
    return CODES.get(s % CODES.size()) + ",v" + s + "," + (1901 + i % 100) + "," + (i % 9973) + "\n";
  }

  private static String pad(int n, int width) {
    String s = Integer.toString(n);
    return "0".repeat(width - s.length()) + s;
  }

  @Test
  void runsInTheForkedHeap() {
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(256L << 20);
    assertThat(CODES).hasSizeGreaterThan(300);
  }

  /** The input that exhausted the heap of {@code livskraft indicators compute} (hostile-input suite, issue 17). */
  @Test
  void readsA16MegabyteFileOf200000RowsFromAPath() throws IOException {
    Path f = dir.resolve("tidy.csv");
    int n = 200_000;
    try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      w.write("region,variable,period,value,status,unit,decimals,source,table,contents_code,updated\n");
      for (int i = 0; i < n; i++) {
        int s = i / 20;
        w.write(CODES.get(s % CODES.size()) + ",variable-" + (s / CODES.size()) + "," + (2000 + i % 20) + ","
            + (i % 100_003) + ".5,,personer,1,Statistisk sentralbyrå,07459,Personer1,\n");
      }
    }
    assertThat(Files.size(f)).isBetween(16_000_000L, 17_000_000L);
    SeriesSet set = DEFAULT.read(f);
    assertThat(set.size()).isEqualTo(n / 20);
    assertThat(set.all().stream().mapToInt(TimeSeries::size).sum()).isEqualTo(n);
    int i = 123_457;
    int s = i / 20;
    TimeSeries t = set.get(Region.parse(CODES.get(s % CODES.size())), "variable-" + (s / CODES.size()));
    assertThat(t.at(Period.year(2000 + i % 20)).getValue()).isEqualTo(i % 100_003 + 0.5);
    assertThat(t.provenance().tableId()).contains("07459");
    assertThat(t.unit()).isEqualTo("personer");
  }

  @Test
  void maxRowsAtTheDefault() {
    int max = SeriesCsvReader.DEFAULT_MAX_ROWS;
    SeriesSet set = DEFAULT.read(new Generated("region,variable,period,value\n", max,
        SeriesCsvReaderHostileInputTest::hundredYears), "rows.csv");
    assertThat(set.all().stream().mapToInt(TimeSeries::size).sum()).isEqualTo(max);
    assertThat(set.size()).isEqualTo(max / 100);
    IndicatorException e = SeriesCsvReaderTest.assertThrowsLimit(() -> DEFAULT.read(new Generated("region,variable,period,value\n", max + 1,
        SeriesCsvReaderHostileInputTest::hundredYears), "rows.csv"));
    assertThat(e.getMessage()).contains("rows.csv: line " + (max + 2) + ": more data rows than maxRows = " + max)
        .contains("SeriesCsvReader.builder().maxRows(…)").contains("--max-rows");
  }

  @Test
  void maxSeriesAtTheDefault() {
    int max = SeriesCsvReader.DEFAULT_MAX_SERIES;
    IntFunction<String> oneRowEach = i -> CODES.get(i % CODES.size()) + ",v" + i + ",2024," + i + "\n";
    SeriesSet set = DEFAULT.read(new Generated("region,variable,period,value\n", max, oneRowEach), "series.csv");
    assertThat(set.size()).isEqualTo(max);
    IndicatorException e = SeriesCsvReaderTest.assertThrowsLimit(() -> DEFAULT.read(new Generated("region,variable,period,value\n", max + 1,
        oneRowEach), "series.csv"));
    assertThat(e.getMessage()).contains("series.csv: line " + (max + 2) + ": more series")
        .contains("maxSeries = " + max);
  }

  /**
   * Exactly {@code maxBytes} characters of one-byte text: 1 000 000 rows of 67 characters (the most rows at once
   * too) and blank lines to fill up. One byte more in a file is refused from its size, before it is opened.
   */
  @Test
  void maxBytesAtTheDefault() throws IOException {
    long max = SeriesCsvReader.DEFAULT_MAX_BYTES;
    String header = "region,variable,period,value,unit\n";
    String unit = "x".repeat(67 - 25);
    int rows = SeriesCsvReader.DEFAULT_MAX_ROWS;
    long blank = max - header.length() - 67L * rows;
    assertThat(blank).isBetween(0L, 1_000_000L);
    IntFunction<String> row = i -> i >= rows ? "\n" : CODES.get((i / 10) % CODES.size()) + ",v"
        + pad(i / 1000, 5) + "," + (1001 + i % 1000) + "," + pad(i % 999_983, 6) + "," + unit + "\n";
    assertThat(row.apply(0)).hasSize(67);
    SeriesSet set = DEFAULT.read(new Generated(header, rows + (int) blank, row), "bytes.csv");
    assertThat(set.all().stream().mapToInt(TimeSeries::size).sum()).isEqualTo(rows);

    Path big = dir.resolve("big.csv");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(max + 1);
    }
    IndicatorException e = SeriesCsvReaderTest.assertThrowsLimit(() -> DEFAULT.read(big));
    assertThat(e.getMessage()).contains("the file has " + (max + 1) + " bytes, more than maxBytes = " + max);
    assertThat(e.getMessage(Language.NN)).contains("fila har " + (max + 1) + " byte, meir enn maxBytes = " + max)
        .contains("grensa kan aukast med");
  }

  @Test
  void maxFieldLengthAndMaxColumnsAtTheDefault() {
    int len = SeriesCsvReader.DEFAULT_MAX_FIELD_LENGTH;
    String unit = "e".repeat(len);
    SeriesSet set = DEFAULT.read(new java.io.StringReader("region,variable,period,value,unit\n3303,x,2024,1,"
        + unit + "\n"), "field.csv");
    assertThat(set.get(Region.parse("3303"), "x").unit()).hasSize(len);
    IndicatorException e = SeriesCsvReaderTest.assertThrowsLimit(() -> DEFAULT.read(new java.io.StringReader(
        "region,variable,period,value,unit\n3303,x,2024,1," + unit + "e\n"), "field.csv"));
    assertThat(e.getMessage()).contains("line 2, column 5: a field longer than maxFieldLength = " + len);

    // the JSON-stat layout ignores _label columns: 4 + 196 = 200 columns are read, 201 refused
    int cols = SeriesCsvReader.DEFAULT_MAX_COLUMNS;
    StringBuilder h = new StringBuilder("Region,ContentsCode,Tid,value");
    StringBuilder r = new StringBuilder("3303,Personer1,2024,27923");
    for (int i = 4; i < cols; i++) {
      h.append(",d").append(i).append("_label");
      r.append(",l").append(i);
    }
    SeriesSet wide = DEFAULT.read(new java.io.StringReader(h + "\n" + r + "\n"), "wide.csv");
    assertThat(wide.get(Region.parse("3303"), "Personer1").at(Period.year(2024)).getValue()).isEqualTo(27923);
    IndicatorException c = SeriesCsvReaderTest.assertThrowsLimit(() -> DEFAULT.read(new java.io.StringReader(h + ",x_label\n" + r + ",x\n"),
        "wide.csv"));
    assertThat(c.getMessage()).contains("wide.csv: line 1: more fields than maxColumns = " + cols);
  }

  /**
   * A field over the limit at the start of a record (where Jackson's constraint error carries no location) is the
   * same located limit error as elsewhere, never a NullPointerException (found by the hostile-input suite).
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "line {0}, quoted {1}")
  @org.junit.jupiter.params.provider.CsvSource({"1, false", "1, true", "3, false", "3, true"})
  void aFieldOverTheLimitAtTheStartOfARecordIsLocated(int line, boolean quoted) {
    int len = SeriesCsvReader.DEFAULT_MAX_FIELD_LENGTH;
    String field = quoted ? '"' + "r".repeat(len + 1) + '"' : "r".repeat(len + 1);
    String text = line == 1 ? field + ",variable,period,value\n"
        : "region,variable,period,value\n3303,x,2024,1\n" + field + ",x,2024,1\n";
    IndicatorException e = SeriesCsvReaderTest.assertThrowsLimit(() -> DEFAULT.read(new java.io.StringReader(text),
        "start.csv"));
    assertThat(e.getMessage()).contains("start.csv").contains("line " + line + ", column 1: a field longer than "
        + "maxFieldLength = " + len).doesNotContain("null").doesNotContain("Jackson");
  }
}
