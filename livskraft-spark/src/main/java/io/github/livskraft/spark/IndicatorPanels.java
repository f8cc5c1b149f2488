package io.github.livskraft.spark;

import static org.apache.spark.sql.functions.col;

import io.github.livskraft.indicators.calc.AggregationMethod;
import io.github.livskraft.indicators.calc.PerCapitaScale;
import io.github.livskraft.indicators.dashboard.DashboardCalculator;
import io.github.livskraft.indicators.progress.ProgressOptions;
import io.github.livskraft.municipalities.MunicipalityRegistry;
import io.github.livskraft.kostra.klass.SeriesHarmoniser;
import io.github.livskraft.spark.internal.PanelFunctions;
import io.github.livskraft.spark.internal.TidyRows;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Indicator panels over a DataFrame of tidy observations, computed by the plain-Java calculators of the
 * {@code indicators} and {@code kostra-adapter} modules, one group (region, variable, region group, region and
 * period) per call, so that every result equals the single-machine result on the same input.
 *
 * <p><b>Input.</b> One row per region, variable and period with the columns of the CLI's tidy CSV: required
 * {@code region}, {@code variable}, {@code period}, {@code value}; optional {@code status}, {@code unit},
 * {@code decimals}, {@code source}, {@code table}, {@code contents_code}, {@code updated}. Columns may be strings
 * (as read from CSV: a value cell may hold an SSB symbol such as {@code ..}, {@code :} or {@code .}) or numbers; a
 * null value without status is {@code ..}, as in the CSV. Rows are read by the same reader as the CLI
 * ({@code SeriesCsv}), so a bad cell fails with the same typed {@code IND-0005} message.
 *
 * <p><b>Output.</b> Series panels return {@link #TIDY} rows: the CLI's columns, {@code value} a double that is
 * {@code null} when absent, {@code status} SSB's symbol ({@code ""} for a published figure). Absent values propagate
 * as the calculators propagate them: nothing turns {@code ..} into 0. Write them with {@link #writeParquet}.
 *
 * <pre>{@code
 * Dataset<Row> obs = IndicatorPanels.readTidyCsv(spark, "s3://bucket/kostra/*.csv");
 * Dataset<Row> perThousand = IndicatorPanels.perCapita(obs, "ghg", "population", PerCapitaScale.PER_1_000);
 * IndicatorPanels.writeParquet(perThousand, "s3://bucket/out/ghg-per-1000");
 * }</pre>
 */
public final class IndicatorPanels {
  /** The schema of series output: the CLI's tidy CSV columns. */
  public static final StructType TIDY = TidyRows.SCHEMA;
  /** The schema of {@link #progress} output. */
  public static final StructType PROGRESS = PanelFunctions.PROGRESS;
  /** The schema of {@link #harmonisationIssues} output: region, variable, outcome, action, message. */
  public static final StructType ISSUES = PanelFunctions.ISSUES;
  /** The schema of {@link #sdsnScores} output. */
  public static final StructType SCORES = PanelFunctions.SCORES;

  private IndicatorPanels() {}

  /**
   * Reads tidy CSV files (the CLI's format, comma-separated, header first) with every column as a string.
   *
   * @param spark the session
   * @param paths files or folders
   * @return the observations
   */
  public static Dataset<Row> readTidyCsv(SparkSession spark, String... paths) {
    return spark.read().option("header", "true").option("inferSchema", "false").option("escape", "\"")
        .option("nullValue", null).option("emptyValue", "").csv(paths);
  }

  /**
   * numerator ÷ population × scale per region ({@code SeriesMath.perCapita}). Regions lacking either series give no
   * rows.
   *
   * @param observations tidy observations
   * @param numerator the numerator variable
   * @param population the population variable
   * @param scale per 1, 1,000, 10,000 or 100,000 inhabitants
   * @return tidy rows of variable {@code <numerator>/capita}
   */
  public static Dataset<Row> perCapita(Dataset<Row> observations, String numerator, String population,
      PerCapitaScale scale) {
    Dataset<Row> in = TidyRows.normalise(observations).where(col("variable").isin(numerator, population));
    return in.groupByKey(byColumn(0), Encoders.STRING())
        .flatMapGroups(new PanelFunctions.PerCapita(numerator, population, scale), Encoders.row(TIDY));
  }

  /**
   * Carries municipal series onto one year's municipality numbers with the bundled registry
   * ({@code SeriesHarmoniser}, one variable per group).
   *
   * @param observations tidy observations
   * @param targetYear the year whose codes to use
   * @param policy what to do with mergers, splits and unknown codes
   * @return tidy rows under the target year's codes
   */
  public static Dataset<Row> harmonise(Dataset<Row> observations, int targetYear, SeriesHarmoniser.Policy policy) {
    return harmonise(observations, targetYear, policy, MunicipalityRegistry::bundled);
  }

  /**
   * Carries municipal series onto one year's municipality numbers with a registry of your own.
   *
   * @param observations tidy observations
   * @param targetYear the year whose codes to use
   * @param policy what to do with mergers, splits and unknown codes
   * @param registry builds the registry on the executors (called once per variable; return a shared instance)
   * @return tidy rows under the target year's codes
   */
  public static Dataset<Row> harmonise(Dataset<Row> observations, int targetYear, SeriesHarmoniser.Policy policy,
      SerializableSupplier<MunicipalityRegistry> registry) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(registry, "registry");
    return TidyRows.normalise(observations).groupByKey(byColumn(1), Encoders.STRING())
        .flatMapGroups(new PanelFunctions.Harmonise(targetYear, policy, registry), Encoders.row(TIDY));
  }

  /**
   * What {@link #harmonise} could not carry over automatically (mergers, splits, unknown codes) or resolved between
   * two published codes, with the action taken — the single-machine {@code HarmonisationResult.issues()}.
   *
   * @param observations tidy observations
   * @param targetYear the year whose codes to use
   * @param policy what to do with mergers, splits and unknown codes
   * @param registry builds the registry on the executors, e.g. {@code MunicipalityRegistry::bundled}
   * @return one {@link #ISSUES} row per issue
   */
  public static Dataset<Row> harmonisationIssues(Dataset<Row> observations, int targetYear,
      SeriesHarmoniser.Policy policy, SerializableSupplier<MunicipalityRegistry> registry) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(registry, "registry");
    return TidyRows.normalise(observations).groupByKey(byColumn(1), Encoders.STRING())
        .flatMapGroups(new PanelFunctions.HarmonisationIssues(targetYear, policy, registry), Encoders.row(ISSUES));
  }

  /**
   * Aggregates municipalities into groups ({@code RegionalAggregator}).
   *
   * @param observations tidy observations
   * @param groups rows of {@code group} (a group id such as {@code kongsbergregionen}) and {@code region} (a member
   *     municipality); collected to the driver, so keep it to membership lists
   * @param variable the variable to aggregate
   * @param method the method
   * @param population the population variable, required for {@code POPULATION_WEIGHTED_MEAN}
   * @return tidy rows with the group id as region
   * @throws LivskraftSparkException {@code SPARK-0002} if {@code groups} lacks a column, {@code SPARK-0003} if a
   *     population variable is needed but not given
   */
  public static Dataset<Row> aggregate(Dataset<Row> observations, Dataset<Row> groups, String variable,
      AggregationMethod method, @Nullable String population) {
    for (String c : List.of("group", "region")) {
      if (!List.of(groups.columns()).contains(c)) {
        throw new LivskraftSparkException(SparkErrorCode.MISSING_COLUMN, null, "groups", c, "group, region");
      }
    }
    if (method == AggregationMethod.POPULATION_WEIGHTED_MEAN && population == null) {
      throw new LivskraftSparkException(SparkErrorCode.INVALID_PANEL_INPUT, null);
    }
    Map<String, List<String>> members = new HashMap<>();
    for (Row r : groups.select(col("group").cast("string"), col("region").cast("string")).collectAsList()) {
      members.computeIfAbsent(r.getString(0), g -> new ArrayList<>()).add(r.getString(1));
    }
    Column wanted = population == null ? col("variable").equalTo(variable) : col("variable").isin(variable, population);
    Dataset<Row> in = TidyRows.normalise(observations).where(wanted);
    Dataset<Row> g = groups.select(col("group").cast("string").as("lk_group"), col("region").cast("string")
        .as("lk_member"));
    Dataset<Row> joined = TidyRows.normalise(in.join(g, in.col("region").equalTo(g.col("lk_member"))), "lk_group");
    return joined.groupByKey(byColumn(TidyRows.COLUMNS.size()), Encoders.STRING())
        .flatMapGroups(new PanelFunctions.Aggregate(Map.copyOf(members), variable, method, population),
            Encoders.row(TIDY));
  }

  /**
   * Progress to target for one variable in every region (Open SDG's method, {@code ProgressCalculator.openSdg()}).
   *
   * @param observations tidy observations
   * @param variable the variable
   * @param options builds the options on the executors, e.g.
   *     {@code () -> ProgressOptions.of(Direction.HIGHER_IS_BETTER).withTarget(100, Period.year(2030))}
   * @return one {@link #PROGRESS} row per region; its {@code warnings} are the English texts of the
   *     assessment's {@code ProgressWarning}s, {@code warning_codes} their stable codes in the same order
   */
  public static Dataset<Row> progress(Dataset<Row> observations, String variable,
      SerializableSupplier<ProgressOptions> options) {
    Objects.requireNonNull(options, "options");
    Dataset<Row> in = TidyRows.normalise(observations).where(col("variable").equalTo(variable));
    return in.groupByKey(byColumn(0), Encoders.STRING())
        .flatMapGroups(new PanelFunctions.Progress(variable, options), Encoders.row(PROGRESS));
  }

  /**
   * SDSN-style scores (0–100), colours and the index for every region and period
   * ({@code DashboardCalculator.score}); the variables are the indicator ids, an absent value is grey.
   *
   * @param observations tidy observations
   * @param calculator builds the calculator on the executors
   * @return {@link #SCORES} rows: per indicator, per goal and one {@code index} row per region and period
   */
  public static Dataset<Row> sdsnScores(Dataset<Row> observations,
      SerializableSupplier<DashboardCalculator> calculator) {
    Objects.requireNonNull(calculator, "calculator");
    return TidyRows.normalise(observations)
        .groupByKey((MapFunction<Row, String>) r -> r.getString(0) + "\u0000" + r.getString(2), Encoders.STRING())
        .flatMapGroups(new PanelFunctions.Scores(calculator), Encoders.row(SCORES));
  }

  /**
   * Writes tidy rows as Parquet with the CLI's tidy CSV columns, failing if the path exists.
   *
   * @param tidy rows with the {@link #TIDY} columns (extra columns are dropped)
   * @param path the output folder
   */
  public static void writeParquet(Dataset<Row> tidy, String path) {
    tidy.select(TidyRows.COLUMNS.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new))
        .write().mode(SaveMode.ErrorIfExists).parquet(path);
  }

  private static MapFunction<Row, String> byColumn(int i) {
    return r -> r.getString(i);
  }
}
