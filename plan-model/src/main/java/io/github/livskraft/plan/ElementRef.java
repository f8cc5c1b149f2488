package io.github.livskraft.plan;

import java.util.Optional;

/**
 * A reference to an element, possibly in another plan: {@code "mal-arealforbruk"} (same plan) or
 * {@code "kongsberg-samfunnsdel-2009#mal-arealforbruk"} (plan id, {@code #}, element id). A reference to a
 * whole plan is written {@code "plan-id#"}. Immutable; {@link #toString()} returns what {@link #parse} accepts.
 *
 * @param planId the plan, or empty for the plan that holds the reference
 * @param elementId the element id, or empty for the plan itself
 */
public record ElementRef(Optional<String> planId, String elementId) {

  /** Checks for nulls. */
  public ElementRef {
    planId = Checks.opt(planId);
    Checks.required(elementId, "elementId");
  }

  /**
   * Parses {@code element}, {@code plan#element} or {@code plan#}.
   *
   * @param text the text
   * @return the reference
   * @throws IllegalArgumentException for blank text or more than one {@code #}
   */
  public static ElementRef parse(CharSequence text) {
    String t = String.valueOf(text).strip();
    int hash = t.indexOf('#');
    if (t.isEmpty() || hash == 0 || hash != t.lastIndexOf('#')) {
      throw new PlanArgumentException(PlanErrorCode.ELEMENT_REFERENCE, text);
    }
    return hash < 0 ? new ElementRef(Optional.empty(), t)
        : new ElementRef(Optional.of(t.substring(0, hash)), t.substring(hash + 1));
  }

  /**
   * A reference to an element of a given plan.
   *
   * @param planId the plan id
   * @param elementId the element id
   * @return the reference
   */
  public static ElementRef of(String planId, String elementId) {
    return new ElementRef(Optional.of(planId), elementId);
  }

  /** Whether this refers to a whole plan ({@code plan#}). */
  public boolean wholePlan() {
    return elementId.isEmpty();
  }

  /**
   * The reference with its plan made explicit.
   *
   * @param contextPlanId the plan that holds the reference
   * @return a reference with a plan id
   */
  public ElementRef resolveAgainst(String contextPlanId) {
    return planId.isPresent() ? this : of(contextPlanId, elementId);
  }

  @Override
  public String toString() {
    return planId.map(p -> p + "#" + elementId).orElse(elementId);
  }
}
