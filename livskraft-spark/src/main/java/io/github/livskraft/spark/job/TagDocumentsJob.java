package io.github.livskraft.spark.job;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.github.livskraft.spark.LivskraftFunctions;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tags a folder of documents and writes two Parquet tables.
 *
 * <pre>
 * spark-submit --class io.github.livskraft.spark.job.TagDocumentsJob livskraft-spark-jobs.jar \
 *     hdfs:///saker/ hdfs:///livskraft/out/
 * </pre>
 *
 * <p>Input: UTF-8 text files ({@code *.txt}) anywhere below the input folder, read with Spark's
 * {@code binaryFile} source. A path of the form {@code …/<kommunenummer>/<år>/<fil>} (e.g.
 * {@code 3303/2024/sak-117.txt}) gives the municipality and year; other paths have them null.
 *
 * <p>Output, below the output folder:
 * <ul>
 *   <li>{@code document-goals/}: one row per document × goal that the tagger suggests or the text names explicitly:
 *       {@code path, municipality, year, language, goal, score, rules, explicit}. {@code score} and {@code rules}
 *       are null for a goal that is only named; {@code explicit} is true when the text names the goal or one of
 *       its targets ("bærekraftsmål nr. 5", "delmål 5.2").
 *   <li>{@code summary/}: one row per municipality, year and goal: {@code documents} (documents with a row for the
 *       goal), {@code documents_total} (documents of that municipality and year), {@code share},
 *       {@code mean_score} and {@code max_score} (over tagged documents), {@code tagged_documents},
 *       {@code explicit_documents}.
 * </ul>
 * Both folders are replaced if they exist. Without a master set by {@code spark-submit} the job runs in
 * {@code local[*]}.
 */
public final class TagDocumentsJob {
  private static final Logger LOG = LoggerFactory.getLogger(TagDocumentsJob.class);
  private static final String PATH_PATTERN = "/([0-9]{4})/((?:19|20)[0-9]{2})/[^/]+$";

  private TagDocumentsJob() {}

  /**
   * Runs the job.
   *
   * @param args input folder and output folder
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: TagDocumentsJob <input folder> <output folder>"
          + " / bruk: TagDocumentsJob <inndatamappe> <utdatamappe>");
    }
    SparkSession.Builder b = SparkSession.builder().appName("livskraft-tag-documents");
    if (!SparkSession.getActiveSession().isDefined() && System.getProperty("spark.master") == null) {
      b.master("local[*]");
    }
    SparkSession spark = b.getOrCreate();
    try {
      Result r = run(spark, args[0], args[1]);
      LOG.info("tagged {} documents: {} document × goal rows, {} summary rows", r.documents(), r.documentGoals(),
          r.summaryRows());
    } finally {
      spark.stop();
    }
  }

  /**
   * What the job wrote.
   *
   * @param documents the documents read
   * @param documentGoals rows in {@code document-goals}
   * @param summaryRows rows in {@code summary}
   */
  public record Result(long documents, long documentGoals, long summaryRows) {}

  /**
   * Tags the documents below {@code input} and writes the two tables below {@code output}.
   *
   * @param spark the session
   * @param input the input folder
   * @param output the output folder
   * @return the row counts
   */
  public static Result run(SparkSession spark, String input, String output) {
    Objects.requireNonNull(spark, "spark");
    LivskraftFunctions.register(spark);
    Dataset<Row> docs = spark.read().format("binaryFile").option("pathGlobFilter", "*.txt")
        .option("recursiveFileLookup", "true").load(input)
        .select(col("path"),
            regexp_extract(col("path"), PATH_PATTERN, 1).as("m"),
            regexp_extract(col("path"), PATH_PATTERN, 2).as("y"),
            expr("decode(content, 'UTF-8')").as("text"))
        .select(col("path"), when(col("m").equalTo(""), lit(null)).otherwise(col("m")).as("municipality"),
            when(col("y").equalTo(""), lit(null)).otherwise(col("y").cast("int")).as("year"), col("text"))
        .select(col("path"), col("municipality"), col("year"), call_function("sdg_tag", col("text")).as("t"),
            call_function("sdg_references", col("text")).as("refs"))
        .cache();
    Dataset<Row> tagged = docs
        .select(col("path"), col("municipality"), col("year"), col("t.language").as("language"),
            explode(col("t.goals")).as("g"))
        .select(col("path"), col("municipality"), col("year"), col("language"), col("g.goal").as("goal"),
            col("g.score").as("score"), col("g.rules").as("rules"));
    Dataset<Row> named = docs
        .select(col("path").as("n_path"), explode(expr("array_distinct(transform(refs, r -> r.goal))")).as("n_goal"));
    Dataset<Row> documentGoals = tagged
        .join(named, tagged.col("path").equalTo(named.col("n_path")).and(tagged.col("goal").equalTo(
            named.col("n_goal"))), "full_outer")
        .select(coalesce(col("path"), col("n_path")).as("path"), col("n_goal").isNotNull().as("explicit"),
            coalesce(col("goal"), col("n_goal")).as("goal"), col("score"), col("rules"))
        .join(docs.select(col("path").as("d_path"), col("municipality"), col("year"), col("t.language")
            .as("language")), col("path").equalTo(col("d_path")))
        .select(col("path"), col("municipality"), col("year"), col("language"), col("goal"), col("score"),
            col("rules"), col("explicit"));
    documentGoals.write().mode(SaveMode.Overwrite).parquet(output + "/document-goals");
    Dataset<Row> written = spark.read().parquet(output + "/document-goals");
    Dataset<Row> totals = docs.groupBy(col("municipality"), col("year")).agg(count(lit(1)).as("documents_total"));
    Dataset<Row> perGoal = written.groupBy(col("municipality"), col("year"), col("goal"))
        .agg(countDistinct(col("path")).as("documents"), avg(col("score")).as("mean_score"),
            max(col("score")).as("max_score"), sum(when(col("explicit"), 1).otherwise(0)).as("explicit_documents"),
            sum(when(col("score").isNotNull(), 1).otherwise(0)).as("tagged_documents"));
    Dataset<Row> summary = perGoal
        .join(totals, perGoal.col("municipality").eqNullSafe(totals.col("municipality"))
            .and(perGoal.col("year").eqNullSafe(totals.col("year"))))
        .select(perGoal.col("municipality"), perGoal.col("year"), perGoal.col("goal"), perGoal.col("documents"),
            totals.col("documents_total"),
            perGoal.col("documents").divide(totals.col("documents_total")).as("share"), perGoal.col("mean_score"),
            perGoal.col("max_score"), perGoal.col("tagged_documents"), perGoal.col("explicit_documents"));
    summary.write().mode(SaveMode.Overwrite).parquet(output + "/summary");
    long n = docs.count();
    docs.unpersist();
    return new Result(n, written.count(), spark.read().parquet(output + "/summary").count());
  }
}
