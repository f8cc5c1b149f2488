package io.github.livskraft.plan.followup;

import io.github.livskraft.plan.ElementKind;
import io.github.livskraft.plan.FollowUpEntry;
import io.github.livskraft.plan.FollowUpStatus;
import io.github.livskraft.sdg.GoalCode;
import java.util.List;
import java.util.Optional;

/**
 * The follow-up of one tiltak or mål in a reporting period. Immutable.
 *
 * @param planId the plan
 * @param elementId the element
 * @param kind the element kind
 * @param title the element title
 * @param status the status in the period; {@link FollowUpStatus#NOT_ASSESSED} when no entry exists
 * @param entry the entry the status comes from: for a year, the whole-year entry, else the year's latest tertial
 * @param history every entry of the element, oldest first
 * @param focusAreas the titles of the innsatsområder the element belongs to or serves
 * @param goals the SDG goals the element or anything it belongs to or serves links to
 */
public record FollowUpRow(String planId, String elementId, ElementKind kind, String title, FollowUpStatus status,
    Optional<FollowUpEntry> entry, List<FollowUpEntry> history, List<String> focusAreas, List<GoalCode> goals) {

  /** Copies the lists. */
  public FollowUpRow {
    history = List.copyOf(history);
    focusAreas = List.copyOf(focusAreas);
    goals = List.copyOf(goals);
  }
}
