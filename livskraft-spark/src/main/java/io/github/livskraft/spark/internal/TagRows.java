package io.github.livskraft.spark.internal;

import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.SdgCatalogue;
import io.github.livskraft.sdg.Target;
import io.github.livskraft.sdg.TargetCode;
import io.github.livskraft.tagger.Evidence;
import io.github.livskraft.tagger.GoalSuggestion;
import io.github.livskraft.tagger.RuleMatch;
import io.github.livskraft.tagger.SdgTagger;
import io.github.livskraft.tagger.TagResult;
import io.github.livskraft.tagger.TaggingRule;
import io.github.livskraft.tagger.TargetSuggestion;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Builds {@code sdg_tag}'s result row cheaply: Java arrays instead of lists (Spark's converter copies an array
 * directly, while a {@link java.util.List} goes through a growing Scala buffer), and the strings that repeat on every
 * row — rule ids, target codes, language tags, evidence levels — encoded as Spark's {@link UTF8String} once per tagger, which Spark's
 * converter passes through instead of encoding each string again. Immutable after construction and shared by all
 * tasks of an executor ({@link ExecutorTaggers#rows}).
 */
public final class TagRows {
  private static final Object[] NONE = new Object[0];
  private final SdgTagger tagger;
  private final Map<String, UTF8String> ruleIds;
  private final Map<TargetCode, UTF8String> targets;
  private final Map<Language, UTF8String> languages;
  private final Map<Evidence, UTF8String> levels;

  /**
   * Encodes the tagger's rule ids, the catalogue's target codes and the language tags.
   *
   * @param tagger the tagger
   */
  public TagRows(SdgTagger tagger) {
    this.tagger = tagger;
    Map<String, UTF8String> ids = new HashMap<>();
    for (TaggingRule r : tagger.rules()) {
      ids.put(r.id(), UTF8String.fromString(r.id()));
    }
    this.ruleIds = Map.copyOf(ids);
    Map<TargetCode, UTF8String> codes = new HashMap<>();
    for (Target t : SdgCatalogue.bundled().targets()) {
      codes.put(t.code(), UTF8String.fromString(t.code().toString()));
    }
    this.targets = Map.copyOf(codes);
    Map<Language, UTF8String> langs = new EnumMap<>(Language.class);
    for (Language l : Language.values()) {
      langs.put(l, UTF8String.fromString(l.tag()));
    }
    this.languages = langs;
    Map<Evidence, UTF8String> ev = new EnumMap<>(Evidence.class);
    for (Evidence e : Evidence.values()) {
      ev.put(e, UTF8String.fromString(e.id()));
    }
    this.levels = ev;
  }

  /** The tagger. */
  public SdgTagger tagger() {
    return tagger;
  }

  /**
   * The row of a tagging result, of type {@code FunctionImpl.TAGS}; equal, after Spark's conversion, to
   * {@link FunctionImpl#tagRow(TagResult)}.
   *
   * @param r the result
   * @return the row
   */
  public Row row(TagResult r) {
    List<GoalSuggestion> gs = r.goals();
    Object[] goals = gs.isEmpty() ? NONE : new Object[gs.size()];
    for (int i = 0; i < goals.length; i++) {
      GoalSuggestion g = gs.get(i);
      goals[i] = RowFactory.create(g.goal().number(), g.score(), ids(g.matches()), levels.get(g.evidence()),
          g.confidence());
    }
    List<TargetSuggestion> ts = r.targets();
    Object[] targetRows = ts.isEmpty() ? NONE : new Object[ts.size()];
    for (int i = 0; i < targetRows.length; i++) {
      TargetSuggestion t = ts.get(i);
      targetRows[i] = RowFactory.create(code(t.target()), t.target().goal().number(), t.score(),
          ids(t.matches()));
    }
    return RowFactory.create(languages.get(r.language()), goals, targetRows);
  }

  private Object[] ids(List<RuleMatch> ms) {
    Object[] out = new Object[ms.size()];
    for (int i = 0; i < out.length; i++) {
      String id = ms.get(i).ruleId();
      UTF8String u = ruleIds.get(id);
      out[i] = u != null ? u : UTF8String.fromString(id);
    }
    return out;
  }

  private UTF8String code(TargetCode c) {
    UTF8String u = targets.get(c);
    return u != null ? u : UTF8String.fromString(c.toString());
  }
}
