package io.github.livskraft.spark.internal;

import io.github.livskraft.tagger.GoalSuggestion;
import io.github.livskraft.tagger.RuleMatch;
import io.github.livskraft.tagger.SdgTagger;
import io.github.livskraft.tagger.TagResult;
import io.github.livskraft.tagger.TargetSuggestion;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.SdgCatalogue;
import io.github.livskraft.sdg.TargetCode;
import io.github.livskraft.spark.LivskraftSparkException;
import io.github.livskraft.spark.SparkErrorCode;
import io.github.livskraft.spark.TaggerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/** The functions behind {@code LivskraftFunctions}: schemas and UDF bodies. */
public final class FunctionImpl {
  /**
   * {@code struct<goal:int, score:double, rules:array<string>, evidence:string, confidence:double>}: {@code evidence}
   * is the tagger's evidence level ({@code Evidence.id()}: {@code explicit}, {@code several-sole} …
   * {@code single-below}, {@code model}) and {@code confidence} its measured share of right suggestions (0–1). The two
   * come last, so that readers by position of the first three fields keep working.
   */
  public static final StructType GOAL = new StructType()
      .add("goal", DataTypes.IntegerType, false)
      .add("score", DataTypes.DoubleType, false)
      .add("rules", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("evidence", DataTypes.StringType, false)
      .add("confidence", DataTypes.DoubleType, false);
  /** {@code struct<target:string, goal:int, score:double, rules:array<string>>}. */
  public static final StructType TARGET = new StructType()
      .add("target", DataTypes.StringType, false)
      .add("goal", DataTypes.IntegerType, false)
      .add("score", DataTypes.DoubleType, false)
      .add("rules", DataTypes.createArrayType(DataTypes.StringType, false), false);
  /** The result of {@code sdg_tag}. */
  public static final StructType TAGS = new StructType()
      .add("language", DataTypes.StringType, false)
      .add("goals", DataTypes.createArrayType(GOAL, false), false)
      .add("targets", DataTypes.createArrayType(TARGET, false), false);
  /** One explicit reference. */
  public static final StructType REFERENCE = new StructType()
      .add("code", DataTypes.StringType, false)
      .add("kind", DataTypes.StringType, false)
      .add("goal", DataTypes.IntegerType, false)
      .add("start", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false)
      .add("phrase", DataTypes.StringType, false);
  /** The result of {@code sdg_references}. */
  public static final DataType REFERENCES = DataTypes.createArrayType(REFERENCE, false);

  private FunctionImpl() {}

  /**
   * The row for a tagging result, built with plain Java lists (the reference shape; {@link TagRows#row} builds the
   * same value more cheaply).
   *
   * @param r the result
   * @return the row
   */
  public static Row tagRow(TagResult r) {
    List<Row> goals = new ArrayList<>(r.goals().size());
    for (GoalSuggestion g : r.goals()) {
      goals.add(RowFactory.create(g.goal().number(), g.score(), ruleIds(g.matches()), g.evidence().id(),
          g.confidence()));
    }
    List<Row> targets = new ArrayList<>(r.targets().size());
    for (TargetSuggestion t : r.targets()) {
      targets.add(RowFactory.create(t.target().toString(), t.target().goal().number(), t.score(),
          ruleIds(t.matches())));
    }
    return RowFactory.create(r.language().tag(), goals, targets);
  }

  private static List<String> ruleIds(List<RuleMatch> ms) {
    List<String> ids = new ArrayList<>(ms.size());
    for (RuleMatch m : ms) {
      ids.add(m.ruleId());
    }
    return ids;
  }

  /**
   * Parses a language tag.
   *
   * @param tag en, nb or nn (any case)
   * @return the language
   * @throws LivskraftSparkException {@code SPARK-0001} for other tags
   */
  public static Language language(String tag) {
    return Language.fromTag(tag.strip().toLowerCase(Locale.ROOT)).orElseThrow(() -> new LivskraftSparkException(
        SparkErrorCode.UNKNOWN_LANGUAGE, null, tag));
  }

  /**
   * {@code sdg_tag(text)}: the language is detected. The executor's tagger and its {@link TagRows} are looked up
   * once per deserialised function object (once per task), not per row.
   */
  public static final class Tag implements UDF1<String, Row> {
    private static final long serialVersionUID = 1L;
    private final TaggerSpec spec;
    private transient @Nullable TagRows rows;

    /**
     * The function for a spec.
     *
     * @param spec how executors build their tagger
     */
    public Tag(TaggerSpec spec) {
      this.spec = spec;
    }

    @Override
    public @Nullable Row call(@Nullable String text) {
      if (text == null) {
        return null;
      }
      TagRows r = rows;
      if (r == null) {
        r = ExecutorTaggers.rows(spec);
        rows = r;
      }
      return r.row(r.tagger().tag("row", text));
    }
  }

  /** {@code sdg_tag_in(text, language)}. */
  public static final class TagIn implements UDF2<String, String, Row> {
    private static final long serialVersionUID = 1L;
    private final TaggerSpec spec;
    private transient @Nullable TagRows rows;

    /**
     * The function for a spec.
     *
     * @param spec how executors build their tagger
     */
    public TagIn(TaggerSpec spec) {
      this.spec = spec;
    }

    @Override
    public @Nullable Row call(@Nullable String text, @Nullable String lang) {
      if (text == null) {
        return null;
      }
      TagRows r = rows;
      if (r == null) {
        r = ExecutorTaggers.rows(spec);
        rows = r;
      }
      SdgTagger tagger = r.tagger();
      return r.row(lang == null ? tagger.tag("row", text) : tagger.tag("row", text, language(lang)));
    }
  }

  /** {@code sdg_references(text)}. */
  public record References() implements UDF1<String, List<Row>> {
    @Override
    public @Nullable List<Row> call(@Nullable String text) {
      if (text == null) {
        return null;
      }
      List<Row> out = new ArrayList<>();
      for (ExplicitReferences.Reference r : ExplicitReferences.find(text, SdgCatalogue.bundled())) {
        out.add(RowFactory.create(r.code(), r.target() ? "target" : "goal", r.goal(), r.start(), r.end(), r.text()));
      }
      return out;
    }
  }

  /** {@code sdg_goal_title(goal, language)}. */
  public record GoalTitle(boolean shortName) implements UDF2<Integer, String, String> {
    @Override
    public @Nullable String call(@Nullable Integer goal, @Nullable String lang) {
      if (goal == null || lang == null) {
        return null;
      }
      var g = SdgCatalogue.bundled().getGoal(GoalCode.of(goal));
      Language l = language(lang);
      return shortName ? g.shortName(l) : g.titleText().text(l);
    }
  }

  /** {@code sdg_target_title(code, language)}. */
  public record TargetTitle() implements UDF2<String, String, String> {
    @Override
    public @Nullable String call(@Nullable String code, @Nullable String lang) {
      if (code == null || lang == null) {
        return null;
      }
      return SdgCatalogue.bundled().getTarget(TargetCode.parseLenient(code)).titleText().text(language(lang));
    }
  }

  /** {@code sdg_goal_of(target)}. */
  public record GoalOf() implements UDF1<String, Integer> {
    @Override
    public @Nullable Integer call(@Nullable String code) {
      return code == null ? null
          : SdgCatalogue.bundled().getTarget(TargetCode.parseLenient(code)).goal().number();
    }
  }

  /** {@code sdg_goal_colour(goal)}. */
  public record GoalColour() implements UDF1<Integer, String> {
    @Override
    public @Nullable String call(@Nullable Integer goal) {
      return goal == null ? null : SdgCatalogue.bundled().getGoal(GoalCode.of(goal)).colour();
    }
  }
}
