package io.github.livskraft.indicators.io;

import io.github.livskraft.indicators.IndicatorException;
import io.github.livskraft.indicators.series.Observation;
import io.github.livskraft.indicators.series.Provenance;
import io.github.livskraft.indicators.series.SeriesSet;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.sdg.internal.output.SafeText;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes series as tidy CSV: one observation per line.
 *
 * <pre>
 * region,variable,period,value,status,unit,decimals,source,table,contents_code,updated
 * 3303,population,2024,27923,,personer,0,Statistisk sentralbyrå,07459,Personer1,2024-02-21T07:00:00Z
 * 3303,population,2025,..,,personer,0,Statistisk sentralbyrå,07459,Personer1,
 * </pre>
 *
 * <p>Required columns: {@code region} (3303, F33, NO or a group id), {@code variable}, {@code period} (2024,
 * 2024K1, 2024M01), {@code value}. Optional: {@code status}, {@code unit}, {@code decimals}, {@code source},
 * {@code table}, {@code contents_code}, {@code updated}. Norwegian headers are accepted ({@code kommunenummer},
 * {@code variabel}, {@code år}/{@code periode}, {@code verdi}, {@code enhet}, {@code kilde}, {@code tabell}).
 * The separator is a comma or a semicolon (then a decimal comma is accepted). A value cell may hold an SSB symbol
 * ({@code ..}, {@code .}, {@code :}, {@code -}); an empty value is {@code ..} unless a status says otherwise.
 * Unknown columns and malformed cells fail with the file, line and column. (Numbers in this example are
 * illustrative.) Reading streams and is bounded by {@link SeriesCsvReader}'s documented limits (file size, rows,
 * series, field length, columns); {@link #read(Path)} uses its defaults.
 */
public final class SeriesCsv {
  private SeriesCsv() {}

  /**
   * Reads a UTF-8 file with the default limits of {@link SeriesCsvReader}.
   *
   * @param file the file
   * @return the series
   * @throws IndicatorException {@code IND-0005} naming file, line and column; {@code IND-0010} over a limit
   * @throws UncheckedIOException if the file cannot be read
   */
  public static SeriesSet read(Path file) {
    return SeriesCsvReader.create().read(file);
  }

  /**
   * Reads CSV text with the default limits of {@link SeriesCsvReader}.
   *
   * @param reader the input (not closed)
   * @param source the name for messages
   * @return the series
   * @throws IndicatorException {@code IND-0005} naming source, line and column; {@code IND-0010} over a limit
   */
  public static SeriesSet read(Reader reader, String source) {
    return SeriesCsvReader.create().read(reader, source);
  }

  /**
   * Writes series as tidy CSV (comma-separated, UTF-8 text, header first), readable by {@link #read}.
   *
   * @param series the series
   * @param out the output (not closed)
   * @throws UncheckedIOException on write errors
   */
  public static void write(List<TimeSeries> series, Writer out) {
    try {
      out.write("region,variable,period,value,status,unit,decimals,source,table,contents_code,updated\n");
      for (TimeSeries s : series) {
        Provenance p = s.provenance();
        for (Observation o : s.observations()) {
          out.write(String.join(",", field(s.region().key()), field(s.variable()), o.period().toString(),
              o.hasValue() ? Double.toString(o.rawValue()) : o.status().symbol(),
              o.hasValue() ? o.status().symbol() : "", field(s.unit()), Integer.toString(s.decimals()),
              field(p.source()), p.tableId().orElse(""), field(p.contentsCode().orElse("")),
              field(p.updated().orElse(""))));
          out.write('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One field, quoted by sdg-core's one CSV quoting function (RFC 4180; no formula guard: data for programs). */
  private static String field(String s) {
    return SafeText.csvField(s, ',', false);
  }
}
