package io.github.livskraft.indicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.indicators.IndicatorErrorCode;
import io.github.livskraft.indicators.IndicatorException;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.SeriesSet;
import io.github.livskraft.municipalities.Region;
import io.github.livskraft.sdg.Language;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits of {@link SeriesCsvReader} at small values (the defaults: {@code SeriesCsvReaderHostileInputTest}). */
class SeriesCsvReaderTest {
  private static final String HEADER = "region,variable,period,value\n";

  @TempDir Path dir;

  private static IndicatorException refused(SeriesCsvReader r, String csv) {
    try {
      r.read(new StringReader(csv), "t.csv");
    } catch (IndicatorException e) {
      return e;
    }
    throw new AssertionError("not refused: " + csv);
  }

  private static String rows(int n) {
    StringBuilder sb = new StringBuilder(HEADER);
    for (int i = 0; i < n; i++) {
      sb.append("3303,x,").append(2000 + i).append(',').append(i).append('\n');
    }
    return sb.toString();
  }

  @Test
  void maxRowsAtTheLimitAndOneOver() {
    SeriesCsvReader r = SeriesCsvReader.builder().maxRows(5).build();
    assertThat(r.read(new StringReader(rows(5)), "t.csv").get(Region.parse("3303"), "x").size()).isEqualTo(5);
    IndicatorException e = refused(r, rows(6));
    assertThat(e.errorCode()).isEqualTo(IndicatorErrorCode.SERIES_LIMIT);
    assertThat(e.getMessage()).isEqualTo("IND-0010: t.csv: line 7: more data rows than maxRows = 5 (raise the"
        + " limit with SeriesCsvReader.builder().maxRows(…), in livskraft indicators compute with --max-rows)");
    assertThat(e.getMessage(Language.NB)).isEqualTo("IND-0010: t.csv: linje 7: flere datarader enn maxRows = 5"
        + " (grensen kan økes med SeriesCsvReader.builder().maxRows(…), i livskraft indicators compute med"
        + " --max-rows)");
    assertThat(e.getMessage(Language.NN)).isEqualTo("IND-0010: t.csv: linje 7: fleire datarader enn maxRows = 5"
        + " (grensa kan aukast med SeriesCsvReader.builder().maxRows(…), i livskraft indicators compute med"
        + " --max-rows)");
  }

  @Test
  void blankLinesAreNotRows() {
    SeriesCsvReader r = SeriesCsvReader.builder().maxRows(2).build();
    SeriesSet s = r.read(new StringReader(HEADER + "\n3303,x,2020,1\n\n\r\n3303,x,2021,2\n\n"), "t.csv");
    assertThat(s.get(Region.parse("3303"), "x").size()).isEqualTo(2);
  }

  @Test
  void maxSeriesAtTheLimitAndOneOver() {
    SeriesCsvReader r = SeriesCsvReader.builder().maxSeries(2).build();
    String two = HEADER + "3303,x,2020,1\n3303,y,2020,1\n3303,x,2021,1\n";
    assertThat(r.read(new StringReader(two), "t.csv").size()).isEqualTo(2);
    IndicatorException e = refused(r, two + "3305,x,2020,1\n");
    assertThat(e.getMessage()).contains("t.csv: line 5: more series (distinct region and variable pairs) than"
        + " maxSeries = 2").contains("--max-series");
    assertThat(e.getMessage(Language.NN)).contains("linje 5: fleire seriar (ulike par av region og variabel) enn"
        + " maxSeries = 2");
  }

  @Test
  void maxBytesCountsCharactersWhileReading() {
    String csv = rows(3);
    SeriesCsvReader exact = SeriesCsvReader.builder().maxBytes(csv.length()).build();
    assertThat(exact.read(new StringReader(csv), "t.csv").size()).isEqualTo(1);
    SeriesCsvReader under = SeriesCsvReader.builder().maxBytes(csv.length() - 1).build();
    IndicatorException e = refused(under, csv);
    assertThat(e.errorCode()).isEqualTo(IndicatorErrorCode.SERIES_LIMIT);
    assertThat(e.getMessage()).contains("more than maxBytes = " + (csv.length() - 1) + " bytes")
        .contains("--max-bytes");
  }

  @Test
  void maxBytesRefusesALargerFileBeforeOpeningIt() throws IOException {
    Path f = dir.resolve("s.csv");
    String csv = rows(3) + "3303,x,2010,ø\n";
    Files.writeString(f, csv, StandardCharsets.UTF_8);
    long size = Files.size(f);
    assertThat(size).isEqualTo(csv.length() + 1L); // ø is two bytes
    IndicatorException e = assertThrowsLimit(() -> SeriesCsvReader.builder().maxBytes(size - 1).build().read(f));
    assertThat(e.getMessage()).contains(f + ": the file has " + size + " bytes, more than maxBytes = "
        + (size - 1));
    // at the limit the file is read (and refused for its bad value, on line 5)
    assertThatThrownBy(() -> SeriesCsvReader.builder().maxBytes(size).build().read(f))
        .isInstanceOfSatisfying(IndicatorException.class,
            x -> assertThat(x.errorCode()).isEqualTo(IndicatorErrorCode.SERIES_FORMAT))
        .hasMessageContaining("line 5").hasMessageContaining("'ø'");
  }

  /** Runs {@code r} and returns the {@code IND-0010} it must throw; shared with the heap-limit test. */
  static IndicatorException assertThrowsLimit(Runnable r) {
    try {
      r.run();
    } catch (IndicatorException e) {
      assertThat(e.errorCode()).isEqualTo(IndicatorErrorCode.SERIES_LIMIT);
      return e;
    }
    throw new AssertionError("not refused");
  }

  @Test
  void maxFieldLengthAtTheLimitAndOneOver() {
    SeriesCsvReader r = SeriesCsvReader.builder().maxFieldLength(8).build();
    assertThat(r.read(new StringReader(HEADER + "3303,abcdefgh,2020,1\n"), "t.csv").variables())
        .containsExactly("abcdefgh");
    IndicatorException e = refused(r, HEADER + "3303,abcdefghi,2020,1\n");
    assertThat(e.getMessage()).contains("t.csv: line 2, column 2: a field longer than maxFieldLength = 8"
        + " characters");
    assertThat(e.getMessage(Language.NB)).contains("linje 2, kolonne 2: et felt lengre enn maxFieldLength = 8 tegn");
    // a quoted field over several lines is refused on the line it starts
    IndicatorException q = refused(r, HEADER + "3303,\"ab\ncd\nefghi\",2020,1\n");
    assertThat(q.getMessage()).contains("line 2, column 2");
  }

  @Test
  void maxColumnsAtTheLimitAndOneOver() {
    SeriesCsvReader r = SeriesCsvReader.builder().maxColumns(4).build();
    assertThat(r.read(new StringReader(rows(1)), "t.csv").size()).isEqualTo(1);
    IndicatorException e = refused(r, "region,variable,period,value,unit\n3303,x,2020,1,kg\n");
    assertThat(e.getMessage()).contains("t.csv: line 1: more fields than maxColumns = 4");
    IndicatorException row = refused(r, HEADER + "3303,x,2020,1,,,,,,,,,,,,,,,,,,\n");
    assertThat(row.getMessage()).contains("line 2: more fields than maxColumns = 4");
  }

  @Test
  void anUnterminatedQuoteIsLocated() {
    IndicatorException e = refused(SeriesCsvReader.create(), HEADER + "3303,x,2020,1\n3303,\"x,2021,2\n");
    assertThat(e.errorCode()).isEqualTo(IndicatorErrorCode.SERIES_FORMAT);
    assertThat(e.getMessage()).contains("t.csv line 3, row: expected a closing quote");
    assertThat(e.getMessage(Language.NN)).contains("hermeteikn");
  }

  @Test
  void textAfterAClosingQuoteIsLocated() {
    IndicatorException e = refused(SeriesCsvReader.create(), HEADER + "3303,x,2020,1\n3303,\"x\"y,2021,2\n");
    assertThat(e.errorCode()).isEqualTo(IndicatorErrorCode.SERIES_FORMAT);
    assertThat(e.getMessage()).contains("t.csv line 3, row: expected the separator or a line end after a closing"
        + " quote");
    assertThat(e.getMessage(Language.NB)).contains("linje 3").contains("anførselstegn");
    // a field that is only quoted, with a quote, a separator and a line break inside, is one field
    SeriesSet s = SeriesCsvReader.create().read(new StringReader(HEADER + "3303,\"a \"\"b\"\",\nc\",2020,1\n"),
        "t.csv");
    assertThat(s.variables()).containsExactly("a \"b\",\nc");
  }

  @Test
  void semicolonsAndABomAreRead() {
    SeriesSet s = SeriesCsvReader.create().read(new StringReader("\uFEFFregion;variable;period;value\n"
        + "3303;x;2020;1,5\n3303;x;2021;2\n"), "t.csv");
    assertThat(s.get(Region.parse("3303"), "x").size()).isEqualTo(2);
  }

  @Test
  void aDuplicatePeriodIsFoundInAnyOrderWithTheLineOfTheFirst() {
    String sorted = HEADER + "3303,x,2020,1\n3303,x,2021,1\n3303,x,2022,1\n3303,x,2021,5\n";
    assertThat(refused(SeriesCsvReader.create(), sorted).getMessage()).contains("line 5")
        .contains("2021 for 3303 'x' is also on line 3");
    String unsorted = HEADER + "3303,x,2022,1\n3303,x,2020,1\n3303,x,2021,1\n3303,x,2020,5\n";
    assertThat(refused(SeriesCsvReader.create(), unsorted).getMessage()).contains("line 5")
        .contains("2020 for 3303 'x' is also on line 3");
    SeriesSet ok = SeriesCsvReader.create().read(new StringReader(HEADER
        + "3303,x,2022,3\n3303,x,2020,1\n3303,x,2021,2\n"), "t.csv");
    assertThat(ok.get(Region.parse("3303"), "x").periods())
        .containsExactly(Period.year(2020), Period.year(2021), Period.year(2022));
  }

  /**
   * A streaming read stops at the first bad line: of the 1.3 MB after it, the reader is asked for at most what
   * the parser reads ahead (one buffer), never the rest.
   */
  @Test
  void stopsAtTheFirstBadLineWithoutReadingTheRest() {
    String head = HEADER + "3303,x,2020,1\n3303,x,2020,2\n";
    String rest = "3303,y,2020,1\n".repeat(100_000);
    int[] handedOut = {0};
    Reader counting = new Reader() {
      private final char[] text = (head + rest).toCharArray();
      private int at;

      @Override
      public int read(char[] cbuf, int off, int len) {
        if (at >= text.length) {
          return -1;
        }
        int n = Math.min(len, text.length - at);
        System.arraycopy(text, at, cbuf, off, n);
        at += n;
        handedOut[0] = at;
        return n;
      }

      @Override
      public void close() {}
    };
    assertThatThrownBy(() -> SeriesCsvReader.create().read(counting, "t.csv")).hasMessageContaining("line 3")
        .hasMessageContaining("also on line 2");
    assertThat(handedOut[0]).isLessThan(head.length() + 64 * 1024);
  }

  @Test
  void builderRefusesLimitsBelowOneAndShowsItsLimits() {
    assertThatThrownBy(() -> SeriesCsvReader.builder().maxRows(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxRows");
    assertThatThrownBy(() -> SeriesCsvReader.builder().maxBytes(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(SeriesCsvReader.create()).hasToString("SeriesCsvReader[maxBytes=67108864, maxRows=1000000,"
        + " maxSeries=100000, maxFieldLength=10000, maxColumns=200]");
    assertThat(SeriesCsvReader.builder().maxRows(7).build().maxRows()).isEqualTo(7);
  }

  @Test
  void twoFrequenciesInOneSeriesAreRefusedOnTheirLine() {
    IndicatorException e = refused(SeriesCsvReader.create(), HEADER + "3303,x,2021,1\n3303,x,2022,1\n"
        + "3303,x,2021K1,2\n");
    assertThat(e.errorCode()).isEqualTo(IndicatorErrorCode.SERIES_FORMAT);
    assertThat(e.getMessage()).contains("t.csv line 4, period: expected periods of one frequency in a series")
        .contains("like 2021 on line 2 for 3303 'x'").contains("got 2021K1");
    assertThat(e.getMessage(Language.NN)).contains("linje 4").contains("periodar med éin frekvens i ein serie");
  }

  /** A file that is not UTF-8 and a folder: IND-0005 names the file with our own reason, the cause kept. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
      "EN, the bytes are not valid text (expected UTF-8), the file system reported an input/output error",
      "NB, bytene er ikke gyldig tekst (forventet UTF-8), filsystemet meldte en inn-/utdatafeil",
      "NN, bytane er ikkje gyldig tekst (venta UTF-8), filsystemet melde ein inn-/utdatafeil"})
  void unreadableFilesInOurOwnWords(Language language, String notText, String failed) throws IOException {
    Path latin1 = Files.write(dir.resolve("latin1.csv"),
        "region,variable,period,value\n3303,bef\u00f8lkning,2024,1\n".getBytes(StandardCharsets.ISO_8859_1));
    IndicatorException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> SeriesCsvReader.create().read(latin1), IndicatorException.class);
    assertThat(e.errorCode()).isEqualTo(IndicatorErrorCode.SERIES_FORMAT);
    assertThat(e.getMessage(language)).contains(latin1.toString()).contains(notText).doesNotContain("Input length");
    assertThat(e.getCause()).isInstanceOf(java.nio.charset.CharacterCodingException.class);
    IndicatorException d = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> SeriesCsvReader.create().read(dir), IndicatorException.class);
    assertThat(d.getMessage(language)).contains(dir.toString()).contains(failed)
        .doesNotContain(String.valueOf(d.getCause().getMessage()));
  }
}
