package io.github.livskraft.report;

import io.github.livskraft.sdg.LocalizedText;
import io.github.livskraft.report.Report.FindingView;
import io.github.livskraft.report.Report.PlanView;
import io.github.livskraft.report.Report.SuggestionView;
import io.github.livskraft.report.Report.TargetView;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the report takes from the plans: the plan chain, its coherence findings, tagger suggestions, the goals the
 * plans declare as priorities and the target values they set for indicators.
 *
 * @param plans the plans, overarching first
 * @param findings coherence findings
 * @param suggestions tagger suggestions
 * @param priorityGoals goals the plans select as priorities (empty if they select none)
 * @param indicatorTargets indicator id → target value set in a plan
 * @param notes notes for the report
 * @param planIndicators the indicator elements of the plans
 * @param depth goal number → how far the plans follow it up (plan-model's coverage ladder), when plans are loaded
 * @param priorityGaps priority goals not followed up to data, weakest first, with what is missing
 * @param year the follow-up and årshjul of the plans
 */
record PlanSection(List<PlanView> plans, List<FindingView> findings, List<SuggestionView> suggestions,
    Set<Integer> priorityGoals, Map<String, TargetView> indicatorTargets, List<LocalizedText> notes,
    List<PlanIndicators.PlanIndicatorView> planIndicators, Map<Integer, LocalizedText> depth,
    List<Report.GapView> priorityGaps, PlanYear year) {
  PlanSection {
    plans = List.copyOf(plans);
    findings = List.copyOf(findings);
    suggestions = List.copyOf(suggestions);
    priorityGoals = Set.copyOf(priorityGoals);
    indicatorTargets = Map.copyOf(indicatorTargets);
    notes = List.copyOf(notes);
    planIndicators = List.copyOf(planIndicators);
    depth = Map.copyOf(depth);
    priorityGaps = List.copyOf(priorityGaps);
  }

  static PlanSection empty() {
    return new PlanSection(List.of(), List.of(), List.of(), Set.of(), Map.of(), List.of(), List.of(), Map.of(), List.of(),
        PlanYear.empty());
  }
}
