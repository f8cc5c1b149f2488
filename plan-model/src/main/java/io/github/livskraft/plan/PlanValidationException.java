package io.github.livskraft.plan;

import io.github.livskraft.sdg.Language;
import java.util.List;

/**
 * Thrown by methods that require a valid plan ({@code PLAN-V000}); carries every error-level {@link Finding}. The
 * message lists the first 20 findings in the reader's language ({@link #getMessage(Language)}).
 */
public class PlanValidationException extends PlanModelException {
  private static final long serialVersionUID = 1L;

  private final transient List<Finding> findings;

  /**
   * Creates an exception.
   *
   * @param findings the findings (at least one)
   */
  public PlanValidationException(List<Finding> findings) {
    super(PlanErrorCode.VALIDATION_FAILED, PlanErrorCode.localized(l -> summary(findings, l)), null);
    this.findings = List.copyOf(findings);
  }

  private static String summary(List<Finding> findings, Language language) {
    StringBuilder sb = new StringBuilder(PlanErrorCode.VALIDATION_FAILED.message(findings.size()).text(language));
    findings.stream().limit(20).forEach(f -> sb.append(System.lineSeparator()).append("  ")
        .append(f.format(language)));
    return sb.toString();
  }

  /** The findings. */
  public List<Finding> findings() {
    return findings;
  }
}
