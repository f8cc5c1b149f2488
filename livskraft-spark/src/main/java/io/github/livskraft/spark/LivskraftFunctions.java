package io.github.livskraft.spark;

import io.github.livskraft.spark.internal.AssessImpl;
import io.github.livskraft.spark.internal.FunctionImpl;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * Registers the Livskraft Spark SQL functions with one call.
 *
 * <pre>{@code
 * LivskraftFunctions.register(spark);
 * spark.sql("SELECT id, sdg_tag(text).goals FROM saker");
 * docs.select(col("id"), explode(call_function("sdg_tag", col("text")).getField("goals")).as("g"));
 * }</pre>
 *
 * <table>
 *   <caption>Functions</caption>
 *   <tr><th>Function</th><th>Result</th></tr>
 *   <tr><td>{@code sdg_tag(text)}</td><td>{@code struct<language, goals: array<struct<goal:int, score:double,
 *       rules:array<string>, evidence:string, confidence:double>>, targets: array<struct<target:string, goal:int,
 *       score:double, rules>>>}; the language is detected; {@code evidence} is the tagger's evidence level
 *       ({@code Evidence.id()}: {@code explicit}, {@code several-sole} … {@code model}) and {@code confidence} its
 *       measured share of right suggestions (docs/tagging.md, "Confidence")</td></tr>
 *   <tr><td>{@code sdg_tag_in(text, lang)}</td><td>the same with the rules of {@code en}, {@code nb} or
 *       {@code nn}</td></tr>
 *   <tr><td>{@code sdg_references(text)}</td><td>explicit references ("bærekraftsmål nr. 5", "delmål 16.7",
 *       "SDG 3"): {@code array<struct<code, kind ('goal'|'target'), goal:int, start:int, end:int,
 *       phrase>>}</td></tr>
 *   <tr><td>{@code sdg_assess(content, path)}</td><td>the casework assessment (bærekraftsvurdering) of a document
 *       from Spark's {@code binaryFile} source (PDF, DOCX, HTML or UTF-8 text): {@code struct<error_code, error,
 *       id, format, language, title, year, case_number, case_officer, archive_code, document_date, committee,
 *       meeting_date, committee_case_number, decided_by, goals: array<struct<goal:int, targets:array<string>,
 *       origin, score:double, impact, parts:array<string>, evidence, confidence:double>>, references:
 *       array<struct<code, goal:int, target,
 *       start:int, end:int, phrase, part>>, text_sha256, chars:int>}; a document that cannot be read gives
 *       {@code error_code}/{@code error} and nulls, never a failed task</td></tr>
 *   <tr><td>{@code sdg_goal_title(goal, lang)}, {@code sdg_goal_name(goal, lang)}</td><td>the goal's title or short
 *       name from the catalogue</td></tr>
 *   <tr><td>{@code sdg_target_title(code, lang)}</td><td>the target's text</td></tr>
 *   <tr><td>{@code sdg_goal_of(target)}</td><td>the goal number of a target code</td></tr>
 *   <tr><td>{@code sdg_goal_colour(goal)}</td><td>the goal's colour, {@code #RRGGBB}</td></tr>
 * </table>
 *
 * <p>A {@code null} argument gives {@code null}. An unknown code or language tag fails the task with a typed
 * exception naming the value ({@code SDG-…} from sdg-core, {@link LivskraftSparkException} {@code SPARK-0001}). The
 * rules and the catalogue are loaded once per executor JVM, on first use, and shared by all tasks.
 */
public final class LivskraftFunctions {
  /** The names of the registered functions. */
  public static final List<String> NAMES = List.of("sdg_tag", "sdg_tag_in", "sdg_references", "sdg_assess",
      "sdg_goal_title", "sdg_goal_name", "sdg_target_title", "sdg_goal_of", "sdg_goal_colour");

  private LivskraftFunctions() {}

  /**
   * Registers the functions with the bundled tagging rules.
   *
   * @param spark the session
   */
  public static void register(SparkSession spark) {
    register(spark, TaggerSpec.bundled());
  }

  /**
   * Registers the functions with the tagging rules of a spec.
   *
   * @param spark the session
   * @param tagger how executors build their tagger
   */
  public static void register(SparkSession spark, TaggerSpec tagger) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(tagger, "tagger");
    var udf = spark.udf();
    udf.register("sdg_tag", new FunctionImpl.Tag(tagger), FunctionImpl.TAGS);
    udf.register("sdg_tag_in", new FunctionImpl.TagIn(tagger), FunctionImpl.TAGS);
    udf.register("sdg_references", new FunctionImpl.References(), FunctionImpl.REFERENCES);
    udf.register("sdg_assess", new AssessImpl.Assess(tagger), AssessImpl.ASSESSMENT);
    udf.register("sdg_goal_title", new FunctionImpl.GoalTitle(false), DataTypes.StringType);
    udf.register("sdg_goal_name", new FunctionImpl.GoalTitle(true), DataTypes.StringType);
    udf.register("sdg_target_title", new FunctionImpl.TargetTitle(), DataTypes.StringType);
    udf.register("sdg_goal_of", new FunctionImpl.GoalOf(), DataTypes.IntegerType);
    udf.register("sdg_goal_colour", new FunctionImpl.GoalColour(), DataTypes.StringType);
  }

  /** The type of {@code sdg_tag}'s result. */
  public static DataType tagType() {
    return FunctionImpl.TAGS;
  }

  /** The type of {@code sdg_assess}'s result. */
  public static DataType assessmentType() {
    return AssessImpl.ASSESSMENT;
  }

  /** The type of {@code sdg_references}'s result. */
  public static DataType referencesType() {
    return FunctionImpl.REFERENCES;
  }
}
