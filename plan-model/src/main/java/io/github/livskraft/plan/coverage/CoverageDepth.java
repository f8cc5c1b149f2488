package io.github.livskraft.plan.coverage;

import io.github.livskraft.plan.internal.Labels;
import io.github.livskraft.sdg.Language;

/**
 * How deeply a goal or target is followed up, as a ladder: each level includes the ones before. An indicator
 * counts for an element when it is the element itself, below it ({@code parent}) or serves it, transitively.
 */
public enum CoverageDepth {
  /** Not addressed. */
  NONE,
  /** Linked by an element or declared by a plan. */
  LINKED,
  /** An indicator follows the linked element up. */
  HAS_INDICATOR,
  /** That indicator has a numeric target value (måltall). */
  HAS_TARGET_VALUE,
  /** That indicator also has data (baseline or observations, or the data probe finds data). */
  HAS_DATA;

  /**
   * The deeper of two depths.
   *
   * @param other the other depth
   * @return the maximum
   */
  public CoverageDepth max(CoverageDepth other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * The label in a language, from the plan-model message bundle (key {@code CoverageDepth.<CONSTANT>}).
   *
   * @param language the language
   * @return the label, e.g. for bokmål the Norwegian term used in plans
   */
  public String label(Language language) {
    return Labels.of(this, language);
  }
}
