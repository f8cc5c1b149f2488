package io.github.livskraft.casework;

import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.TargetCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One goal line of a bærekraftsvurdering: a goal the case touches, its targets, the evidence with the parts it came
 * from, a suggested impact and the officer's decision. Immutable; the {@code with…} methods return changed copies.
 *
 * @param goal the goal
 * @param targets the targets (explicit ones first, then tagged)
 * @param origin what put the line here
 * @param score the weighted evidence score (explicit references count 10 each; tagger contributions times the
 *     part's {@link PartKind#weight()})
 * @param evidence the evidence spans in text order
 * @param suggestedImpact the suggested impact with its cues (a suggestion, never a decision)
 * @param impact the impact the officer confirmed or set, if any
 * @param status suggested, confirmed or rejected
 * @param decision who decided, when and why, once the line is confirmed or rejected
 * @param evidenceVanished true after a re-assessment when a decided line's evidence is no longer in the text
 */
public record GoalLine(GoalCode goal, List<TargetCode> targets, LineOrigin origin, double score,
    List<Evidence> evidence, ImpactSuggestion suggestedImpact, Optional<Impact> impact, LineStatus status,
    Optional<Decision> decision, boolean evidenceVanished) {

  /** Checks the arguments and copies the lists. */
  public GoalLine {
    Objects.requireNonNull(goal, "goal");
    targets = List.copyOf(targets);
    Objects.requireNonNull(origin, "origin");
    evidence = List.copyOf(evidence);
    Objects.requireNonNull(suggestedImpact, "suggestedImpact");
    Objects.requireNonNull(impact, "impact");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(decision, "decision");
    if (status != LineStatus.SUGGESTED && decision.isEmpty()) {
      throw new IllegalArgumentException("a " + status + " line needs a decision");
    }
    for (TargetCode t : targets) {
      if (!t.goal().equals(goal)) {
        throw new IllegalArgumentException("target " + t + " is not under goal " + goal);
      }
    }
  }

  /** Whether the line rests on an explicit reference in the text. */
  public boolean explicit() {
    return origin == LineOrigin.EXPLICIT || origin == LineOrigin.EXPLICIT_AND_TAGGED;
  }

  /** The confirmed impact if set, else the suggested one. */
  public Impact effectiveImpact() {
    return impact.orElse(suggestedImpact.impact());
  }

  /**
   * This line confirmed.
   *
   * @param d the decision
   * @param confirmedImpact the impact the officer confirms or sets, or empty to leave it open
   * @return the changed line
   */
  public GoalLine confirmed(Decision d, Optional<Impact> confirmedImpact) {
    return new GoalLine(goal, targets, origin, score, evidence, suggestedImpact, confirmedImpact, LineStatus.CONFIRMED,
        Optional.of(d), false);
  }

  /**
   * This line back to a suggestion: the officer's decision and impact are withdrawn, the evidence kept.
   *
   * @return the changed line
   */
  public GoalLine reopened() {
    return new GoalLine(goal, targets, origin, score, evidence, suggestedImpact, Optional.empty(),
        LineStatus.SUGGESTED, Optional.empty(), evidenceVanished);
  }

  /**
   * This line rejected.
   *
   * @param d the decision
   * @return the changed line
   */
  public GoalLine rejected(Decision d) {
    return new GoalLine(goal, targets, origin, score, evidence, suggestedImpact, Optional.empty(),
        LineStatus.REJECTED, Optional.of(d), false);
  }
}
