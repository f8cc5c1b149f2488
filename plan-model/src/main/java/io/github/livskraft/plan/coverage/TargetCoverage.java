package io.github.livskraft.plan.coverage;

import io.github.livskraft.sdg.TargetCode;
import java.util.List;

/**
 * Coverage of one SDG target. Immutable.
 *
 * @param target the target
 * @param depth the deepest follow-up of any link to it
 * @param addressedBy the links to it
 */
public record TargetCoverage(TargetCode target, CoverageDepth depth, List<ElementCoverage> addressedBy) {

  /** Copies the list. */
  public TargetCoverage {
    addressedBy = List.copyOf(addressedBy);
  }
}
