package io.github.livskraft.tagger;

import io.github.livskraft.sdg.TargetCode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A suggested target (foreslått delmål) with its score and the target-level rules (and explicit references such as
 * "delmål 16.7") that fired for it.
 *
 * @param target the target
 * @param score the sum of the rules' contributions
 * @param matches the rules that fired, highest contribution first
 */
public record TargetSuggestion(TargetCode target, double score, List<RuleMatch> matches) {
  /** Copies the list. */
  public TargetSuggestion {
    Objects.requireNonNull(target, "target");
    matches = List.copyOf(matches);
  }

  /** Why the target was suggested, in English (see {@link GoalSuggestion#explanation()}). */
  public String explanation() {
    return explanation(Locale.ENGLISH);
  }

  /**
   * Why the target was suggested, in English, bokmål ({@code nb}/{@code no}) or nynorsk ({@code nn}).
   *
   * @param locale the language of the explanation
   * @return one line naming the score and every rule with its matched words
   */
  public String explanation(Locale locale) {
    return Explanations.of(target.toString(), score, null, matches, locale);
  }
}
