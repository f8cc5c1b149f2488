package io.github.livskraft.tagger;

import io.github.livskraft.sdg.TargetCode;
import java.util.List;
import java.util.Objects;

/**
 * A suggested target (foreslått delmål) with its score and the target-level rules that fired for it.
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
}
