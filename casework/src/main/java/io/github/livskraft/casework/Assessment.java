package io.github.livskraft.casework;

import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The bærekraftsvurdering of one case: goal lines (explicit references first, then tagged goals by weighted score),
 * each suggested until the case officer confirms or rejects it, plus the golden thread to the plans. Records the
 * catalogue edition and rule-set version it was made with. Immutable; {@link #withLine} returns a changed copy (use
 * {@link CaseAssessor#confirm} and friends, which stamp the decision with the injected clock).
 *
 * @param caseId the case's id
 * @param title the case title
 * @param caseNumber the arkivsaksnr, if known
 * @param language the case language
 * @param catalogueEdition the SDG catalogue edition (e.g. {@code UN-GIF-2025-review})
 * @param rulesVersion the tagger rule sets used, as {@code file@version} list
 * @param assessedAt when the text was assessed
 * @param textSha256 SHA-256 (hex) of the assessed text, to see whether a text changed since
 * @param lines the goal lines in rank order
 * @param explicitReferences every explicit reference found, in text order
 * @param goldenThread the golden thread to the plans
 */
public record Assessment(String caseId, String title, Optional<CaseNumber> caseNumber, Language language,
    String catalogueEdition, String rulesVersion, Instant assessedAt, String textSha256, List<GoalLine> lines,
    List<ExplicitReference> explicitReferences, GoldenThread goldenThread) {

  /** Checks the arguments and copies the lists. */
  public Assessment {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(caseNumber, "caseNumber");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(catalogueEdition, "catalogueEdition");
    Objects.requireNonNull(rulesVersion, "rulesVersion");
    Objects.requireNonNull(assessedAt, "assessedAt");
    Objects.requireNonNull(textSha256, "textSha256");
    lines = List.copyOf(lines);
    explicitReferences = List.copyOf(explicitReferences);
    Objects.requireNonNull(goldenThread, "goldenThread");
    for (int i = 0; i < lines.size(); i++) {
      for (int j = i + 1; j < lines.size(); j++) {
        if (lines.get(i).goal().equals(lines.get(j).goal())) {
          throw new IllegalArgumentException("two lines for goal " + lines.get(i).goal());
        }
      }
    }
  }

  /**
   * The line for a goal.
   *
   * @param goal the goal
   * @return the line, or empty
   */
  public Optional<GoalLine> findLine(GoalCode goal) {
    return lines.stream().filter(l -> l.goal().equals(goal)).findFirst();
  }

  /**
   * The line for a goal.
   *
   * @param goal the goal
   * @return the line
   * @throws CaseworkException ({@link CaseErrorCode#NO_SUCH_GOAL_LINE}) if there is none
   */
  public GoalLine getLine(GoalCode goal) {
    return findLine(goal).orElseThrow(() -> new CaseworkException(CaseErrorCode.NO_SUCH_GOAL_LINE, null, goal,
        caseId));
  }

  /** The confirmed lines, in rank order. */
  public List<GoalLine> confirmedLines() {
    return lines.stream().filter(l -> l.status() == LineStatus.CONFIRMED).toList();
  }

  /** The lines still to review. */
  public List<GoalLine> suggestedLines() {
    return lines.stream().filter(l -> l.status() == LineStatus.SUGGESTED).toList();
  }

  /**
   * This assessment with a line replaced (same goal) or added at the end.
   *
   * @param line the line
   * @return the changed assessment
   */
  public Assessment withLine(GoalLine line) {
    List<GoalLine> copy = new ArrayList<>(lines);
    boolean replaced = false;
    for (int i = 0; i < copy.size(); i++) {
      if (copy.get(i).goal().equals(line.goal())) {
        copy.set(i, line);
        replaced = true;
      }
    }
    if (!replaced) {
      copy.add(line);
    }
    return new Assessment(caseId, title, caseNumber, language, catalogueEdition, rulesVersion, assessedAt, textSha256,
        copy, explicitReferences, goldenThread);
  }

  /**
   * This assessment with another golden thread.
   *
   * @param thread the thread
   * @return the changed assessment
   */
  public Assessment withGoldenThread(GoldenThread thread) {
    return new Assessment(caseId, title, caseNumber, language, catalogueEdition, rulesVersion, assessedAt, textSha256,
        lines, explicitReferences, thread);
  }
}
