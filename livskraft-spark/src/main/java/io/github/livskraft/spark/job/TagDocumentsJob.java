package io.github.livskraft.spark.job;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.github.livskraft.spark.LivskraftFunctions;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assesses a folder of saksframlegg (PDF, DOCX, HTML, UTF-8 text) with the casework assessment and writes three
 * Parquet tables.
 *
 * <pre>
 * spark-submit --class io.github.livskraft.spark.job.TagDocumentsJob livskraft-spark-jobs.jar \
 *     hdfs:///saker/ hdfs:///livskraft/out/
 * </pre>
 *
 * <p>Input: every {@code .pdf}, {@code .docx}, {@code .html}, {@code .htm} and {@code .txt} file (any case) anywhere
 * below the input folder, read with Spark's {@code binaryFile} source and assessed with {@code sdg_assess} (the
 * casework reader and assessor, loaded once per executor). A path of the form {@code …/<kommunenummer>/<år>/<fil>}
 * (e.g. {@code 3303/2024/sak-117.pdf}) gives the municipality and a year hint; other paths have the municipality
 * null.
 *
 * <p>Output, below the output folder:
 * <ul>
 *   <li>{@code document-goals/}: one row per document × goal line, with the columns of the CLI's tidy batch table
 *       ({@code livskraft case batch}, {@code cases.csv}) in its order: {@value #CLI_COLUMNS}; then
 *       {@code municipality, path, format, language, caseNumber}; then the two columns {@code cases.csv} added at
 *       its end, {@value #CLI_LEVEL_COLUMNS} (both tables add new columns at the end, so readers by position keep
 *       working). {@code year} is the CLI's: the document date's year, else the arkivsaksnr's year, else the
 *       folder's year, else 0. {@code status} is {@code SUGGESTED} (a fresh assessment); {@code planElements} and
 *       {@code focusAreas} are empty (the job draws no golden thread). {@code evidence} is the line's evidence
 *       level ({@code Evidence.id()}, e.g. {@code explicit}, {@code several-top}) and {@code confidence} (double)
 *       that level's measured confidence, from {@code sdg_assess}'s goal struct.
 *   <li>{@code summary/}: one row per municipality, year and goal: {@code documents} (documents with a line for the
 *       goal), {@code documents_total} (documents of that municipality and year that could be read), {@code share},
 *       {@code mean_score}, {@code max_score}, {@code tagged_documents} (origin {@code TAGGED} or
 *       {@code EXPLICIT_AND_TAGGED}), {@code explicit_documents} (origin {@code EXPLICIT} or
 *       {@code EXPLICIT_AND_TAGGED}).
 *   <li>{@code errors/}: one row per document that could not be read, with the CLI's {@code errors.csv} columns
 *       {@code source, code, message} (e.g. {@code CASE-0005} for a broken PDF); then {@code municipality, year}.
 *       A bad document never fails the job. (Spark's file source skips zero-length files, so they have no row.)
 * </ul>
 * The folders are replaced if they exist. Without a master set by {@code spark-submit} the job runs in
 * {@code local[*]}.
 */
public final class TagDocumentsJob {
  /** The CLI's tidy batch columns, in order, up to {@code focusAreas}. */
  public static final String CLI_COLUMNS = "caseId, year, title, goal, targets, status, origin, score,"
      + " suggestedImpact, planElements, focusAreas";
  /** The columns the CLI's tidy batch table has after {@link #CLI_COLUMNS}, at the end of both tables. */
  public static final String CLI_LEVEL_COLUMNS = "evidence, confidence";
  private static final Logger LOG = LoggerFactory.getLogger(TagDocumentsJob.class);
  private static final String PATH_PATTERN = "/([0-9]{4})/((?:19|20)[0-9]{2})/[^/]+$";
  private static final String FILES = "*.{[pP][dD][fF],[dD][oO][cC][xX],[hH][tT][mM][lL],[hH][tT][mM],[tT][xX][tT]}";

  private TagDocumentsJob() {}

  /**
   * Runs the job.
   *
   * @param args input folder and output folder
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      throw new io.github.livskraft.spark.LivskraftSparkException(io.github.livskraft.spark.SparkErrorCode.USAGE,
          null, "TagDocumentsJob", args.length);
    }
    SparkSession.Builder b = SparkSession.builder().appName("livskraft-tag-documents");
    if (!SparkSession.getActiveSession().isDefined() && System.getProperty("spark.master") == null) {
      b.master("local[*]");
    }
    SparkSession spark = b.getOrCreate();
    try {
      Result r = run(spark, args[0], args[1]);
      LOG.info("assessed {} documents ({} could not be read): {} document × goal rows, {} summary rows",
          r.documents(), r.errors(), r.documentGoals(), r.summaryRows());
    } finally {
      spark.stop();
    }
  }

  /**
   * What the job wrote.
   *
   * @param documents the documents read (readable or not)
   * @param errors the documents that could not be read
   * @param documentGoals rows in {@code document-goals}
   * @param summaryRows rows in {@code summary}
   */
  public record Result(long documents, long errors, long documentGoals, long summaryRows) {}

  /**
   * Assesses the documents below {@code input} and writes the three tables below {@code output}.
   *
   * @param spark the session
   * @param input the input folder
   * @param output the output folder
   * @return the row counts
   */
  public static Result run(SparkSession spark, String input, String output) {
    Objects.requireNonNull(spark, "spark");
    LivskraftFunctions.register(spark);
    Column m = regexp_extract(col("path"), PATH_PATTERN, 1);
    Column y = regexp_extract(col("path"), PATH_PATTERN, 2);
    Dataset<Row> docs = spark.read().format("binaryFile").option("pathGlobFilter", FILES)
        .option("recursiveFileLookup", "true").load(input)
        .select(col("path"), when(m.equalTo(""), lit(null)).otherwise(m).as("municipality"),
            when(y.equalTo(""), lit(null)).otherwise(y.cast("int")).as("path_year"),
            call_function("sdg_assess", col("content"), col("path")).as("a"))
        .cache();
    Dataset<Row> ok = docs.where(col("a.error_code").isNull())
        .select(col("path"), col("municipality"), coalesce(col("a.year"), col("path_year"), lit(0)).as("year"),
            col("a"));
    Dataset<Row> documentGoals = ok.select(col("*"), explode(col("a.goals")).as("g"))
        .select(col("a.id").as("caseId"), col("year"), col("a.title").as("title"), col("g.goal").as("goal"),
            concat_ws(" ", col("g.targets")).as("targets"), lit("SUGGESTED").as("status"),
            col("g.origin").as("origin"), col("g.score").as("score"), col("g.impact").as("suggestedImpact"),
            lit("").as("planElements"), lit("").as("focusAreas"), col("municipality"), col("path"),
            col("a.format").as("format"), col("a.language").as("language"),
            col("a.case_number").as("caseNumber"), col("g.evidence").as("evidence"),
            col("g.confidence").as("confidence"));
    documentGoals.write().mode(SaveMode.Overwrite).parquet(output + "/document-goals");
    docs.where(col("a.error_code").isNotNull())
        .select(col("path").as("source"), col("a.error_code").as("code"), col("a.error").as("message"),
            col("municipality"), col("path_year").as("year"))
        .write().mode(SaveMode.Overwrite).parquet(output + "/errors");

    Dataset<Row> written = spark.read().parquet(output + "/document-goals");
    Dataset<Row> totals = ok.groupBy(col("municipality"), col("year")).agg(count(lit(1)).as("documents_total"));
    Column tagged = col("origin").isin("TAGGED", "EXPLICIT_AND_TAGGED");
    Column explicit = col("origin").isin("EXPLICIT", "EXPLICIT_AND_TAGGED");
    Dataset<Row> perGoal = written.groupBy(col("municipality"), col("year"), col("goal"))
        .agg(countDistinct(col("path")).as("documents"), avg(col("score")).as("mean_score"),
            max(col("score")).as("max_score"), sum(when(tagged, 1).otherwise(0)).cast("long").as("tagged_documents"),
            sum(when(explicit, 1).otherwise(0)).cast("long").as("explicit_documents"));
    Dataset<Row> summary = perGoal
        .join(totals, perGoal.col("municipality").eqNullSafe(totals.col("municipality"))
            .and(perGoal.col("year").equalTo(totals.col("year"))))
        .select(perGoal.col("municipality"), perGoal.col("year"), perGoal.col("goal"), perGoal.col("documents"),
            totals.col("documents_total"),
            perGoal.col("documents").divide(totals.col("documents_total")).as("share"), perGoal.col("mean_score"),
            perGoal.col("max_score"), perGoal.col("tagged_documents"), perGoal.col("explicit_documents"));
    summary.write().mode(SaveMode.Overwrite).parquet(output + "/summary");
    long n = docs.count();
    docs.unpersist();
    return new Result(n, spark.read().parquet(output + "/errors").count(), written.count(),
        spark.read().parquet(output + "/summary").count());
  }

  /**
   * The columns of {@code document-goals}, in order.
   *
   * @return the names
   */
  public static List<String> documentGoalColumns() {
    return List.of("caseId", "year", "title", "goal", "targets", "status", "origin", "score", "suggestedImpact",
        "planElements", "focusAreas", "municipality", "path", "format", "language", "caseNumber", "evidence",
        "confidence");
  }
}
