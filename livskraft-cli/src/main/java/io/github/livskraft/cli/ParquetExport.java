package io.github.livskraft.cli;

import io.github.livskraft.indicators.series.Observation;
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
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Tidy series to Parquet through DuckDB's JDBC driver (an in-memory database, DuckDB's appender, then
 * {@code COPY … TO … (FORMAT PARQUET)}): the same columns as the tidy CSV, {@code value} as DOUBLE (NULL when the
 * observation has no value, the SSB symbol in {@code status}). Written to a temporary file and moved into place.
 */
final class ParquetExport {
  private ParquetExport() {}

  static void write(List<TimeSeries> series, Path target) {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
      Files.delete(tmp); // DuckDB creates the file
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
        try (Statement st = c.createStatement()) {
          st.execute("CREATE TABLE series (region VARCHAR, variable VARCHAR, period VARCHAR, value DOUBLE,"
              + " status VARCHAR, unit VARCHAR, decimals INTEGER, source VARCHAR, \"table\" VARCHAR,"
              + " contents_code VARCHAR, updated VARCHAR)");
        }
        DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
        try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "series")) {
          for (TimeSeries s : series) {
            String region = s.region().key();
            String source = s.provenance().source();
            String table = s.provenance().tableId().orElse(null);
            String contents = s.provenance().contentsCode().orElse(null);
            String updated = s.provenance().updated().orElse(null);
            for (Observation o : s.observations()) {
              a.beginRow();
              a.append(region);
              a.append(s.variable());
              a.append(o.period().toString());
              if (o.hasValue()) {
                a.append(o.rawValue());
              } else {
                a.appendNull();
              }
              a.append(o.status().symbol());
              a.append(s.unit());
              a.append(s.decimals());
              a.append(source);
              a.append(table);
              a.append(contents);
              a.append(updated);
              a.endRow();
            }
          }
        }
        try (Statement st = c.createStatement()) {
          st.execute("COPY series TO '" + tmp.toString().replace("'", "''") + "' (FORMAT PARQUET)");
        }
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (SQLException | IOException e) {
      throw CliException.failure("cannot write Parquet file " + target + ": " + e.getMessage()
          + " / kan ikke skrive Parquet-filen " + target);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort: the temporary file is in the target's directory
        }
      }
    }
  }
}
