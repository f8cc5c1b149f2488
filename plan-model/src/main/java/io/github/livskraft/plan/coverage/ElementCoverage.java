package io.github.livskraft.plan.coverage;

import io.github.livskraft.plan.ElementKind;
import io.github.livskraft.plan.LinkProvenance;
import io.github.livskraft.plan.SdgRole;
import io.github.livskraft.sdg.TargetCode;
import java.util.Optional;

/**
 * One SDG link of an element (or of a plan as a whole), with how deeply it is followed up. Immutable.
 *
 * @param planId the plan
 * @param elementId the element, or empty for a plan-level link (e.g. a declared priority)
 * @param kind the element kind, or empty for a plan-level link
 * @param title the element's (or plan's) title
 * @param target the linked target, or empty for a goal-level link
 * @param role the link's role
 * @param provenance the link's provenance
 * @param depth how deeply the link is followed up
 */
public record ElementCoverage(String planId, Optional<String> elementId, Optional<ElementKind> kind, String title,
    Optional<TargetCode> target, SdgRole role, LinkProvenance provenance, CoverageDepth depth) {}
