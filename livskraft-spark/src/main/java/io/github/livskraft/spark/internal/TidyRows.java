package io.github.livskraft.spark.internal;

import io.github.livskraft.indicators.io.SeriesCsv;
import io.github.livskraft.indicators.series.Observation;
import io.github.livskraft.indicators.series.Provenance;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.sdg.internal.output.SafeText;
import io.github.livskraft.spark.LivskraftSparkException;
import io.github.livskraft.spark.SparkErrorCode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Rows of tidy observations to and from {@link TimeSeries}. Rows are read by the indicators module's own tidy-CSV
 * reader ({@link SeriesCsv}), so values, SSB status symbols ({@code ..}, {@code .}, {@code :}, {@code -}), units and
 * provenance mean exactly what they mean to the CLI.
 */
public final class TidyRows {
  /** The CLI's tidy CSV columns, in order. */
  public static final List<String> COLUMNS = List.of("region", "variable", "period", "value", "status", "unit",
      "decimals", "source", "table", "contents_code", "updated");
  private static final Set<String> REQUIRED = Set.of("region", "variable", "period", "value");

  /**
   * The tidy schema of panel output: the CLI's columns; {@code value} is a double ({@code null} when absent) and
   * {@code status} is SSB's symbol ({@code ""} for a published figure, {@code ..}, {@code .}, {@code :}, {@code -},
   * {@code *}), and {@code decimals} an int.
   */
  public static final StructType SCHEMA = new StructType()
      .add("region", DataTypes.StringType, false)
      .add("variable", DataTypes.StringType, false)
      .add("period", DataTypes.StringType, false)
      .add("value", DataTypes.DoubleType, true)
      .add("status", DataTypes.StringType, false)
      .add("unit", DataTypes.StringType, false)
      .add("decimals", DataTypes.IntegerType, false)
      .add("source", DataTypes.StringType, false)
      .add("table", DataTypes.StringType, false)
      .add("contents_code", DataTypes.StringType, false)
      .add("updated", DataTypes.StringType, false);

  private TidyRows() {}

  /**
   * The input in a fixed shape: the eleven columns as strings (absent optional ones as null), then the extra
   * columns asked for.
   *
   * @param df observations with at least region, variable, period and value
   * @param extra further columns to keep after the tidy ones
   * @return the normalised frame
   * @throws LivskraftSparkException {@code SPARK-0002} if a required column is missing
   */
  public static Dataset<Row> normalise(Dataset<Row> df, String... extra) {
    Set<String> have = new java.util.HashSet<>();
    for (String f : df.columns()) {
      have.add(f.toLowerCase(java.util.Locale.ROOT));
    }
    for (String r : REQUIRED) {
      if (!have.contains(r)) {
        throw new LivskraftSparkException(SparkErrorCode.MISSING_COLUMN, null, "observations " + Arrays.toString(
            df.columns()), r, "region, variable, period, value");
      }
    }
    List<Column> cols = new ArrayList<>();
    for (String c : COLUMNS) {
      cols.add((have.contains(c) ? df.col(c) : functions.lit(null)).cast(DataTypes.StringType).as(c));
    }
    for (String e : extra) {
      cols.add(df.col(e));
    }
    return df.select(cols.toArray(Column[]::new));
  }

  /**
   * Reads normalised rows as series with the indicators module's tidy-CSV reader.
   *
   * @param rows rows from {@link #normalise}
   * @param source a name for error messages (e.g. "region 3303")
   * @return the series, in first-seen order
   */
  public static List<TimeSeries> read(Iterator<Row> rows, String source) {
    StringBuilder b = new StringBuilder(4096);
    b.append(String.join(",", COLUMNS)).append('\n');
    while (rows.hasNext()) {
      Row r = rows.next();
      for (int i = 0; i < COLUMNS.size(); i++) {
        if (i > 0) {
          b.append(',');
        }
        field(b, r.isNullAt(i) ? "" : r.getString(i));
      }
      b.append('\n');
    }
    return SeriesCsv.read(new StringReader(b.toString()), "spark " + source).all();
  }

  private static void field(StringBuilder b, String v) {
    b.append(SafeText.csvField(v, ',', false)); // sdg-core's one CSV quoting, no formula guard: read back at once
  }

  /**
   * The tidy rows of a series (schema {@link #SCHEMA}), the same fields as the CLI's tidy CSV.
   *
   * @param s the series
   * @param out where to add them
   */
  public static void rows(TimeSeries s, List<Row> out) {
    Provenance p = s.provenance();
    for (Observation o : s.observations()) {
      out.add(RowFactory.create(s.region().key(), s.variable(), o.period().toString(),
          o.hasValue() ? o.rawValue() : null, o.status().symbol(), s.unit(), s.decimals(), p.source(),
          p.tableId().orElse(""), p.contentsCode().orElse(""), p.updated().orElse("")));
    }
  }
}
