package io.github.livskraft.spark.internal;

import io.github.livskraft.casework.CaseAssessor;
import io.github.livskraft.tagger.SdgTagger;
import io.github.livskraft.spark.TaggerSpec;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The taggers of this JVM (one Spark executor), built once per distinct {@link TaggerSpec} and shared by all tasks:
 * rules are parsed once per executor, not per row or per task. Specs are small immutable values, so the cache stays
 * tiny; it only ever grows by the specs a job registers.
 */
public final class ExecutorTaggers {
  private static final ConcurrentMap<TaggerSpec, SdgTagger> TAGGERS = new ConcurrentHashMap<>();
  private static final ConcurrentMap<TaggerSpec, TagRows> ROWS = new ConcurrentHashMap<>();
  private static final ConcurrentMap<TaggerSpec, CaseAssessor> ASSESSORS = new ConcurrentHashMap<>();

  private ExecutorTaggers() {}

  /**
   * The shared tagger for a spec.
   *
   * @param spec the spec
   * @return the tagger (built on first use in this JVM)
   */
  public static SdgTagger get(TaggerSpec spec) {
    return TAGGERS.computeIfAbsent(spec, TaggerSpec::build);
  }

  /**
   * The shared casework assessor for a spec: its tagger is {@link #get(TaggerSpec)}, its goal threshold the spec's,
   * the catalogue the bundled one, no plans.
   *
   * @param spec the spec
   * @return the assessor (built on first use in this JVM)
   */
  public static CaseAssessor assessor(TaggerSpec spec) {
    return ASSESSORS.computeIfAbsent(spec, s -> CaseAssessor.builder().tagger(get(s)).threshold(s.threshold())
        .build());
  }

  /**
   * The shared row builder for a spec's tagger (its rule ids, target codes and language tags encoded once).
   *
   * @param spec the spec
   * @return the builder (built on first use in this JVM)
   */
  public static TagRows rows(TaggerSpec spec) {
    return ROWS.computeIfAbsent(spec, s -> new TagRows(get(s)));
  }
}
