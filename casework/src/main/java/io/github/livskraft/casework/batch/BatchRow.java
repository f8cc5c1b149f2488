package io.github.livskraft.casework.batch;

import java.util.Objects;

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
 */
public record BatchRow(String caseId, int year, String title, int goal, String targets, String status, String origin,
    double score, String suggestedImpact, String planElements, String focusAreas) {
  /** Checks for nulls. */
  public BatchRow {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(suggestedImpact, "suggestedImpact");
    Objects.requireNonNull(planElements, "planElements");
    Objects.requireNonNull(focusAreas, "focusAreas");
  }
}
