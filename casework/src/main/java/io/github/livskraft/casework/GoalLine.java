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
 * <p><b>Evidence level and confidence.</b> A line may rest on several suggestions: explicit references ("bærekraftsmål
 * 13", "delmål 11.2") and the tagger's suggestion for the goal, whose rule contributions are weighted by the parts
 * they stand in. The line takes the level of its <em>strongest</em> contributing suggestion: an explicit reference
 * gives {@link io.github.livskraft.tagger.Evidence#EXPLICIT EXPLICIT}; otherwise the tagger's
 * {@link io.github.livskraft.tagger.GoalSuggestion#evidence()} for the goal (measured on the whole case text, before
 * the part weights); among several, the one with the highest {@link io.github.livskraft.tagger.Evidence#confidence()},
 * ties going to the level listed first in {@link io.github.livskraft.tagger.Evidence}. The part weights and the
 * {@link CaseAssessor#threshold()} decide whether a tagged goal gets a line at all; they do not change its level.
 * {@link #findConfidence()} is that level's measured share of accepted suggestions, measured on single plan sentences; a
 * whole case text has many goals and most of its tagged lines stand below its best goal, so there the order of the
 * levels is the guide rather than the numbers (docs/casework.md).
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
 * @param evidenceLevel the tagger's evidence level of the line's strongest contributing suggestion (see above); empty
 *     for a line the officer added and for a decided line whose evidence vanished
 */
public record GoalLine(GoalCode goal, List<TargetCode> targets, LineOrigin origin, double score,
    List<Evidence> evidence, ImpactSuggestion suggestedImpact, Optional<Impact> impact, LineStatus status,
    Optional<Decision> decision, boolean evidenceVanished,
    Optional<io.github.livskraft.tagger.Evidence> evidenceLevel) {

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
    Objects.requireNonNull(evidenceLevel, "evidenceLevel");
    if (status != LineStatus.SUGGESTED && decision.isEmpty()) {
      throw new IllegalArgumentException("a " + status + " line needs a decision");
    }
    for (TargetCode t : targets) {
      if (!t.goal().equals(goal)) {
        throw new IllegalArgumentException("target " + t + " is not under goal " + goal);
      }
    }
  }

  /**
   * A line without the tagger's level beyond what its origin says: {@link io.github.livskraft.tagger.Evidence#EXPLICIT
   * EXPLICIT} for a line resting on an explicit reference, else none (as written before evidence levels existed).
   *
   * @param goal the goal
   * @param targets the targets
   * @param origin what put the line here
   * @param score the weighted evidence score
   * @param evidence the evidence spans
   * @param suggestedImpact the suggested impact
   * @param impact the officer's impact
   * @param status the status
   * @param decision the decision
   * @param evidenceVanished whether the evidence vanished
   */
  public GoalLine(GoalCode goal, List<TargetCode> targets, LineOrigin origin, double score, List<Evidence> evidence,
      ImpactSuggestion suggestedImpact, Optional<Impact> impact, LineStatus status, Optional<Decision> decision,
      boolean evidenceVanished) {
    this(goal, targets, origin, score, evidence, suggestedImpact, impact, status, decision, evidenceVanished,
        origin == LineOrigin.EXPLICIT || origin == LineOrigin.EXPLICIT_AND_TAGGED
            ? Optional.of(io.github.livskraft.tagger.Evidence.EXPLICIT) : Optional.empty());
  }

  /**
   * The id of this line's {@link #evidenceLevel()}, as JSON, CSV, Spark rows and the Fiks Arkiv fragment write it.
   *
   * @return {@code explicit}, {@code several-sole} … {@code model}, or empty when the line has no level
   */
  public Optional<String> findEvidenceLevelId() {
    return evidenceLevel.map(io.github.livskraft.tagger.Evidence::id);
  }

  /**
   * How often suggestions with this line's {@link #evidenceLevel()} were right on Norwegian text the rules had not
   * seen (0–1; 0.99 for an explicit reference).
   *
   * @return the level's measured confidence, or empty when the line has no level
   */
  public Optional<Double> findConfidence() {
    return evidenceLevel.map(io.github.livskraft.tagger.Evidence::confidence);
  }

  /**
   * This line with another evidence level.
   *
   * @param level the level, or empty for none
   * @return a changed copy
   */
  public GoalLine withEvidenceLevel(Optional<io.github.livskraft.tagger.Evidence> level) {
    return new GoalLine(goal, targets, origin, score, evidence, suggestedImpact, impact, status, decision,
        evidenceVanished, level);
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
        Optional.of(d), false, evidenceLevel);
  }

  /**
   * This line back to a suggestion: the officer's decision and impact are withdrawn, the evidence kept.
   *
   * @return the changed line
   */
  public GoalLine reopened() {
    return new GoalLine(goal, targets, origin, score, evidence, suggestedImpact, Optional.empty(),
        LineStatus.SUGGESTED, Optional.empty(), evidenceVanished, evidenceLevel);
  }

  /**
   * This line rejected.
   *
   * @param d the decision
   * @return the changed line
   */
  public GoalLine rejected(Decision d) {
    return new GoalLine(goal, targets, origin, score, evidence, suggestedImpact, Optional.empty(),
        LineStatus.REJECTED, Optional.of(d), false, evidenceLevel);
  }
}
