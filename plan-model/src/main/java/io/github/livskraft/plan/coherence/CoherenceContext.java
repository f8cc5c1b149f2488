package io.github.livskraft.plan.coherence;

import io.github.livskraft.plan.Finding;
import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.PlanChain;
import io.github.livskraft.plan.PlanErrorCode;
import io.github.livskraft.plan.Severity;
import io.github.livskraft.sdg.LocalizedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a rule sees while it runs: the chain, the reference date, the indicator-definition lookup, and a way to
 * report findings. One context per rule and run; not thread-safe.
 */
public final class CoherenceContext {
  private final PlanChain chain;
  private final LocalDate asOf;
  private final java.util.function.Function<Plan, LocalDate> asOfByPlan;
  private final Predicate<String> indicatorKnown;
  private final CoherenceRule rule;
  private final Severity severity;
  private final List<Finding> findings = new ArrayList<>();

  CoherenceContext(PlanChain chain, LocalDate asOf, java.util.function.Function<Plan, LocalDate> asOfByPlan,
      Predicate<String> indicatorKnown, CoherenceRule rule, Severity severity) {
    this.chain = chain;
    this.asOf = asOf;
    this.asOfByPlan = asOfByPlan;
    this.indicatorKnown = indicatorKnown;
    this.rule = rule;
    this.severity = severity;
  }

  /** The plans. */
  public PlanChain chain() {
    return chain;
  }

  /** The date the chain is judged at: the configured date, or the latest date the chain mentions. */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The date a plan is judged at: the configured date, or the latest date mentioned by the plans that share an
   * owner with it (so that unrelated plans analysed together do not move each other's reference date).
   *
   * @param plan the plan
   * @return the reference date
   */
  public LocalDate asOf(Plan plan) {
    return asOfByPlan.apply(plan);
  }

  /**
   * Whether an indicator definition id is known (in the indicator library, or a {@code local:} id).
   *
   * @param definitionId the id
   * @return true if known
   */
  public boolean indicatorDefinitionKnown(String definitionId) {
    return indicatorKnown.test(definitionId);
  }

  /**
   * Reports a finding with the rule's severity.
   *
   * @param planId the plan
   * @param elementId the element, or {@code null} for the plan itself
   * @param message the message
   */
  public void report(String planId, String elementId, LocalizedText message) {
    report(severity, planId, elementId, message);
  }

  /**
   * Reports a finding with a given severity.
   *
   * @param findingSeverity the severity
   * @param planId the plan
   * @param elementId the element, or {@code null} for the plan itself
   * @param message the message
   */
  public void report(Severity findingSeverity, String planId, String elementId, LocalizedText message) {
    findings.add(new Finding(rule.code(), findingSeverity, Optional.of(planId), Optional.ofNullable(elementId),
        "", Optional.empty(), message));
  }

  void report(PlanErrorCode message, String planId, String elementId, Object... keyValues) {
    report(severity, message, planId, elementId, keyValues);
  }

  void report(Severity s, PlanErrorCode message, String planId, String elementId, Object... keyValues) {
    Map<String, Object> params = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      params.put((String) keyValues[i], keyValues[i + 1]);
    }
    report(s, planId, elementId, message.text(params).toLocalizedText());
  }

  List<Finding> findings() {
    return findings;
  }
}
