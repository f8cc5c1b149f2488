package io.github.livskraft.tagger;

import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.TargetCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The SDG suggestions for one document, keyed by the caller's stable id: ranked goals and targets above the
 * thresholds, each with the rules and spans that explain it.
 *
 * <pre>{@code
 * TagResult r = SdgTagger.bundled().tag("sak-2024/117", text, Language.NB);
 * r.goalCodes();                       // e.g. [13, 11, 7]
 * r.goals().get(0).matches();          // the rules that fired, with spans
 * }</pre>
 *
 * @param id the caller's document id
 * @param language the language the rules were chosen for
 * @param goals the goals at or above the threshold, highest score first (ties: lower goal first)
 * @param targets the targets at or above the target threshold, highest score first
 */
public record TagResult(String id, Language language, List<GoalSuggestion> goals, List<TargetSuggestion> targets) {
  /** Copies the lists. */
  public TagResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(language, "language");
    goals = List.copyOf(goals);
    targets = List.copyOf(targets);
  }

  /** The suggested goals, ranked. */
  public List<GoalCode> goalCodes() {
    return goals.stream().map(GoalSuggestion::goal).toList();
  }

  /** The suggested targets, ranked. */
  public List<TargetCode> targetCodes() {
    return targets.stream().map(TargetSuggestion::target).toList();
  }

  /** Whether the goal was suggested. */
  public boolean addresses(GoalCode goal) {
    return findGoal(goal).isPresent();
  }

  /** The suggestion for a goal, if it was suggested. */
  public Optional<GoalSuggestion> findGoal(GoalCode goal) {
    return goals.stream().filter(g -> g.goal().equals(goal)).findFirst();
  }
}
