package io.github.livskraft.plan.coverage;

import io.github.livskraft.sdg.GoalCode;
import java.util.List;

/**
 * Coverage of one SDG goal. Immutable.
 *
 * @param goal the goal
 * @param priority whether the goal is in the priority set
 * @param depth the deepest follow-up of any link to the goal or one of its targets
 * @param addressedBy all links to the goal or its targets
 * @param targets coverage of the targets that are linked explicitly
 */
public record GoalCoverage(GoalCode goal, boolean priority, CoverageDepth depth, List<ElementCoverage> addressedBy,
    List<TargetCoverage> targets) {

  /** Copies the lists. */
  public GoalCoverage {
    addressedBy = List.copyOf(addressedBy);
    targets = List.copyOf(targets);
  }

  /** The number of distinct elements (not plan-level links) addressing the goal. */
  public long elementCount() {
    return addressedBy.stream().filter(e -> e.elementId().isPresent())
        .map(e -> e.planId() + "#" + e.elementId().orElseThrow()).distinct().count();
  }
}
