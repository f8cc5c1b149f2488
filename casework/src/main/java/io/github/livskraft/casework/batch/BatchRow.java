package io.github.livskraft.casework.batch;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of the tidy batch table: one case × one goal line.
 *
 * @param caseId the case id
 * @param year the case year (document date, else arkivsaksnr year, else the JSONL {@code year}; 0 if unknown)
 * @param title the case title
 * @param goal the goal number
 * @param targets the targets, space-separated
 * @param status SUGGESTED, CONFIRMED or REJECTED
 * @param origin EXPLICIT, TAGGED, EXPLICIT_AND_TAGGED or OFFICER
 * @param score the weighted score
 * @param suggestedImpact the suggested impact (a suggestion)
 * @param planElements ids of the plan elements the case follows up, space-separated
 * @param focusAreas the innsatsområder those elements belong to, "; "-separated
 * @param evidence the line's evidence level as sdg-tagger's {@code Evidence.id()} ({@code explicit},
 *     {@code several-sole} …), empty when the line has none ({@link io.github.livskraft.casework.GoalLine#evidenceLevel()})
 * @param confidence that level's measured confidence (0–1), null when the line has no level (an empty CSV cell)
 */
public record BatchRow(String caseId, int year, String title, int goal, String targets, String status, String origin,
    double score, String suggestedImpact, String planElements, String focusAreas, String evidence,
    @Nullable Double confidence) {
  /** Checks for nulls, and that a confidence goes with a level. */
  public BatchRow {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(suggestedImpact, "suggestedImpact");
    Objects.requireNonNull(planElements, "planElements");
    Objects.requireNonNull(focusAreas, "focusAreas");
    Objects.requireNonNull(evidence, "evidence");
    if (evidence.isEmpty() != (confidence == null)) {
      throw new IllegalArgumentException("evidence and confidence go together: '" + evidence + "', " + confidence);
    }
  }

  /**
   * A row without an evidence level (as before the level existed).
   *
   * @param caseId the case id
   * @param year the case year
   * @param title the case title
   * @param goal the goal number
   * @param targets the targets, space-separated
   * @param status the status
   * @param origin the origin
   * @param score the weighted score
   * @param suggestedImpact the suggested impact
   * @param planElements the plan element ids, space-separated
   * @param focusAreas the innsatsområder, "; "-separated
   */
  public BatchRow(String caseId, int year, String title, int goal, String targets, String status, String origin,
      double score, String suggestedImpact, String planElements, String focusAreas) {
    this(caseId, year, title, goal, targets, status, origin, score, suggestedImpact, planElements, focusAreas, "",
        null);
  }
}
