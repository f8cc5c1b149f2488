package io.github.livskraft.cli;

import io.github.livskraft.sdg.IoReason;
import io.github.livskraft.indicators.series.TimeSeries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Tidy series to Parquet through DuckDB's JDBC driver: DuckDB reads the tidy CSV with its native reader and writes
 * Parquet ({@code COPY … TO … (FORMAT PARQUET)}), so there is no per-value JDBC call. Same columns as the tidy CSV,
 * {@code value} as DOUBLE (NULL when the observation has no value; the SSB symbol stays in {@code status}). Written
 * to a temporary file and moved into place.
 */
final class ParquetExport {
  private ParquetExport() {}

  static void write(List<TimeSeries> series, Path target) {
    Path csv = null;
    try {
      Path dir = target.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      csv = Files.createTempFile(dir, target.getFileName().toString(), ".csv.tmp");
      try (java.io.Writer w = Files.newBufferedWriter(csv, java.nio.charset.StandardCharsets.UTF_8)) {
        io.github.livskraft.indicators.io.SeriesCsv.write(series, w);
      }
      fromTidyCsv(csv, target);
    } catch (IOException e) {
      throw CliException.failureOf("err.cannot-write-parquet", String.valueOf(target), IoReason.of(e));
    } finally {
      deleteQuietly(csv);
    }
  }

  /**
   * Converts a tidy CSV file (as {@code SeriesCsv.write} writes it) to Parquet with DuckDB's native CSV reader and
   * Parquet writer: one SQL statement, no per-value JDBC calls.
   */
  static void fromTidyCsv(Path csv, Path target) {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
      Files.delete(tmp); // DuckDB creates the file
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
          Statement st = c.createStatement()) {
        st.execute("COPY (SELECT region, variable, period, TRY_CAST(value AS DOUBLE) AS value,"
            + " CASE WHEN TRY_CAST(value AS DOUBLE) IS NULL THEN value ELSE status END AS status, unit, decimals, source, \"table\", contents_code, updated FROM read_csv('" + sql(csv) + "', header = true,"
            + " delim = ',', quote = '\"', escape = '\"', columns = {'region': 'VARCHAR', 'variable': 'VARCHAR',"
            + " 'period': 'VARCHAR', 'value': 'VARCHAR', 'status': 'VARCHAR', 'unit': 'VARCHAR', 'decimals':"
            + " 'INTEGER', 'source': 'VARCHAR', 'table': 'VARCHAR', 'contents_code': 'VARCHAR', 'updated':"
            + " 'VARCHAR'})) TO '" + sql(tmp) + "' (FORMAT PARQUET)");
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw CliException.failureOf("err.cannot-write-parquet", String.valueOf(target), IoReason.of(e));
    } catch (SQLException e) { // DuckDB's own text is not shown; the cause is the database's failure to write
      throw CliException.failureOf("err.cannot-write-parquet", String.valueOf(target),
          CliMessages.fragment("why.parquet-failed"));
    } finally {
      deleteQuietly(tmp);
    }
  }

  private static String sql(Path p) {
    return p.toAbsolutePath().toString().replace("'", "''");
  }

  private static void deleteQuietly(Path p) {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // best effort: a temporary file in the target's directory
      }
    }
  }
}
