package io.github.livskraft.report;

import io.github.livskraft.plan.Finding;
import io.github.livskraft.plan.coherence.CoherenceChecker;
import io.github.livskraft.plan.io.LoadedPlanDocument;
import java.util.ArrayList;
import java.util.List;

/** Coherence findings over the plan chain: plan-model's standard rules, most serious first. */
final class Coherence {
  private Coherence() {}

  static List<Finding> check(List<LoadedPlanDocument> docs) {
    List<Finding> findings = new ArrayList<>(CoherenceChecker.create().check(docs));
    findings.sort(CoherenceChecker.BY_SEVERITY);
    return findings;
  }
}
