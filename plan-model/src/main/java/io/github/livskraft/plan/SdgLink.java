package io.github.livskraft.plan;

import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.TargetCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A link from a plan or element to an SDG goal or target (kobling til bærekraftsmål), with its role, rationale,
 * provenance and confidence. Immutable.
 *
 * <pre>{@code
 * SdgLink link = SdgLink.of(TargetCode.parse("11.6"), SdgRole.PRIMARY).withRationale("Avfallsmengder");
 * }</pre>
 *
 * @param goal the goal (equal to the target's goal when a target is given)
 * @param target the target, if the link is that specific
 * @param role primary or secondary
 * @param rationale why the element addresses the goal, in the plan's words
 * @param provenance who or what made the link
 * @param ruleIds rule ids behind a {@link LinkProvenance#RULE}, {@link LinkProvenance#SUGGESTED} or
 *     {@link LinkProvenance#ACCEPTED_SUGGESTION} link
 * @param confidence 0–1, for rule-made and suggested links
 */
public record SdgLink(GoalCode goal, Optional<TargetCode> target, SdgRole role, Optional<String> rationale,
    LinkProvenance provenance, List<String> ruleIds, Optional<Double> confidence) {

  /**
   * Checks that the target belongs to the goal; a missing role means primary, a missing provenance manual.
   *
   * @throws IllegalArgumentException if neither goal nor target is given, or they disagree
   */
  public SdgLink {
    target = Checks.opt(target);
    if (goal == null) {
      goal = target.map(TargetCode::goal).orElseThrow(() -> new PlanArgumentException(
          PlanErrorCode.LINK_CODES));
    }
    if (target.isPresent() && !target.get().goal().equals(goal)) {
      throw new PlanArgumentException(PlanErrorCode.LINK_CODES,
          PlanErrorCode.LINK_CODES.fragment("target", target.get(), goal));
    }
    role = role == null ? SdgRole.PRIMARY : role;
    rationale = Checks.opt(rationale);
    provenance = provenance == null ? LinkProvenance.MANUAL : provenance;
    ruleIds = Checks.list(ruleIds);
    confidence = Checks.opt(confidence);
  }

  /**
   * A manual link to a goal.
   *
   * @param goal the goal
   * @param role the role
   * @return the link
   */
  public static SdgLink of(GoalCode goal, SdgRole role) {
    return new SdgLink(Objects.requireNonNull(goal, "goal"), Optional.empty(), role, Optional.empty(),
        LinkProvenance.MANUAL, List.of(), Optional.empty());
  }

  /**
   * A manual link to a target.
   *
   * @param target the target
   * @param role the role
   * @return the link
   */
  public static SdgLink of(TargetCode target, SdgRole role) {
    return new SdgLink(target.goal(), Optional.of(target), role, Optional.empty(), LinkProvenance.MANUAL,
        List.of(), Optional.empty());
  }

  /**
   * This link with a rationale.
   *
   * @param text the rationale
   * @return a new link
   */
  public SdgLink withRationale(String text) {
    return new SdgLink(goal, target, role, Optional.of(text), provenance, ruleIds, confidence);
  }

  /**
   * This link with another provenance, rule ids and confidence.
   *
   * @param newProvenance the provenance
   * @param newRuleIds the rule ids
   * @param newConfidence the confidence, 0–1, or empty
   * @return a new link
   */
  public SdgLink withProvenance(LinkProvenance newProvenance, List<String> newRuleIds,
      Optional<Double> newConfidence) {
    return new SdgLink(goal, target, role, rationale, newProvenance, newRuleIds, newConfidence);
  }

  /** The code as text: the target if given, else the goal ({@code "11.6"} or {@code "11"}). */
  public String code() {
    return target.map(TargetCode::toString).orElse(goal.toString());
  }
}
