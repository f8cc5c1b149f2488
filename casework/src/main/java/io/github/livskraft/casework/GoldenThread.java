package io.github.livskraft.casework;

import io.github.livskraft.sdg.GoalCode;
import java.util.List;

/**
 * The golden thread (den røde tråden) from the municipality's plans to one case: the plan elements it follows up,
 * ranked, and the municipality's chosen SDGs (plan priority goals and the plans' own SDG links) that the case
 * touches. Immutable.
 *
 * @param plansConsidered the ids of the plans looked at (empty when no plans were given)
 * @param followUps the plan elements the case follows up, highest score first
 * @param chosenGoalsTouched the municipality's chosen goals that the case's (not rejected) goal lines touch
 */
public record GoldenThread(List<String> plansConsidered, List<PlanFollowUp> followUps,
    List<GoalCode> chosenGoalsTouched) {
  /** Copies the lists. */
  public GoldenThread {
    plansConsidered = List.copyOf(plansConsidered);
    followUps = List.copyOf(followUps);
    chosenGoalsTouched = List.copyOf(chosenGoalsTouched);
  }

  /** No plans were given. */
  public static GoldenThread none() {
    return new GoldenThread(List.of(), List.of(), List.of());
  }

  /**
   * True when the case touches the municipality's chosen SDGs but follows up no plan element: the output says so
   * plainly.
   */
  public boolean touchesChosenGoalsWithoutFollowUp() {
    return !chosenGoalsTouched.isEmpty() && followUps.isEmpty();
  }
}
