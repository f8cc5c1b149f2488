package io.github.livskraft.tagger;

import io.github.livskraft.sdg.GoalCode;
import java.util.List;
import java.util.Objects;

/**
 * A suggested goal (foreslått bærekraftsmål) with its score and the rules that fired for it (goal-level rules and
 * the rules of its targets).
 *
 * @param goal the goal
 * @param score the sum of the rules' contributions
 * @param matches the rules that fired, highest contribution first
 */
public record GoalSuggestion(GoalCode goal, double score, List<RuleMatch> matches) {
  /** Copies the list. */
  public GoalSuggestion {
    Objects.requireNonNull(goal, "goal");
    matches = List.copyOf(matches);
  }
}
