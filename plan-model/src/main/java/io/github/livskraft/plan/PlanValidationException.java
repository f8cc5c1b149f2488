package io.github.livskraft.plan;

import java.util.List;

/** Thrown by methods that require a valid plan; carries every error-level {@link Finding}. */
public class PlanValidationException extends PlanModelException {
  private static final long serialVersionUID = 1L;

  private final transient List<Finding> findings;

  /**
   * Creates an exception.
   *
   * @param findings the findings (at least one)
   */
  public PlanValidationException(List<Finding> findings) {
    super("PLAN-V000", summary(findings), null);
    this.findings = List.copyOf(findings);
  }

  private static String summary(List<Finding> findings) {
    StringBuilder sb = new StringBuilder(findings.size() + " validation error(s) / valideringsfeil:");
    findings.stream().limit(20).forEach(f -> sb.append(System.lineSeparator()).append("  ")
        .append(f.format(io.github.livskraft.sdg.Language.EN)));
    return sb.toString();
  }

  /** The findings. */
  public List<Finding> findings() {
    return findings;
  }
}
