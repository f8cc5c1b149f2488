package io.github.livskraft.casework;

import io.github.livskraft.plan.ElementKind;
import java.util.List;
import java.util.Objects;

/**
 * A plan element (mål, delmål, strategi, tiltak, innsatsområde) that a case follows up, with the reasons and a
 * score for ranking. Immutable.
 *
 * @param planId the plan's id
 * @param planTitle the plan's title
 * @param elementId the element's id
 * @param kind the element's kind
 * @param title the element's title
 * @param focusArea the title of the innsatsområde the element belongs to (itself for an innsatsområde), if any
 * @param score the ranking score (explicit mention 10, each shared target 3, each shared goal 1, shared terms 0.5
 *     each, at most 3)
 * @param reasons the reasons, strongest first
 */
public record PlanFollowUp(String planId, String planTitle, String elementId, ElementKind kind, String title,
    java.util.Optional<String> focusArea, double score, List<FollowUpReason> reasons) {
  /** Checks the arguments and copies the list. */
  public PlanFollowUp {
    Objects.requireNonNull(planId, "planId");
    Objects.requireNonNull(planTitle, "planTitle");
    Objects.requireNonNull(elementId, "elementId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(focusArea, "focusArea");
    reasons = List.copyOf(reasons);
  }

  /** Whether the case names this element by id or title. */
  public boolean mentioned() {
    return reasons.stream().anyMatch(r -> r.kind() == FollowUpReason.Kind.MENTIONS_ID
        || r.kind() == FollowUpReason.Kind.MENTIONS_TITLE);
  }
}
