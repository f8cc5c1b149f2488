package io.github.livskraft.plan.analysis;

import io.github.livskraft.plan.Finding;
import io.github.livskraft.plan.PlanChain;
import io.github.livskraft.plan.Severity;
import io.github.livskraft.plan.coverage.CoverageReport;
import io.github.livskraft.plan.suggest.LinkSuggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of {@link PlanAnalyzer#analyse}: every finding (validation, then coherence), the SDG coverage of the
 * chain and the suggested links, never added to the plans. Immutable.
 *
 * @param chain the plans analysed, as one chain
 * @param validation findings of the field and reference validation (codes {@code PLAN-V…})
 * @param coherence findings of the coherence rules (codes {@code PLAN-C…}); empty when switched off
 * @param coverage the SDG coverage of the chain
 * @param suggestions link suggestions from the tagger (new links only); empty when switched off
 */
public record PlanAnalysis(PlanChain chain, List<Finding> validation, List<Finding> coherence,
    CoverageReport coverage, List<LinkSuggestion> suggestions) {

  /** Copies the lists. */
  public PlanAnalysis {
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(coverage, "coverage");
    validation = List.copyOf(validation);
    coherence = List.copyOf(coherence);
    suggestions = List.copyOf(suggestions);
  }

  /** @return validation findings followed by coherence findings, as {@code livskraft plan validate} prints them */
  public List<Finding> findings() {
    List<Finding> all = new ArrayList<>(validation);
    all.addAll(coherence);
    return List.copyOf(all);
  }

  /**
   * Counts the findings of a severity.
   *
   * @param severity the severity
   * @return how many findings have it
   */
  public long count(Severity severity) {
    return findings().stream().filter(f -> f.severity() == severity).count();
  }

  /** @return true when no finding is an error */
  public boolean isValid() {
    return count(Severity.ERROR) == 0;
  }
}
