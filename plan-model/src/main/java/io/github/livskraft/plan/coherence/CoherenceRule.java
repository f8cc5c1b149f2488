package io.github.livskraft.plan.coherence;

import io.github.livskraft.plan.Severity;
import io.github.livskraft.sdg.LocalizedText;

/**
 * One coherence rule. Implement it to add your own rule to a {@link CoherenceChecker}:
 *
 * <pre>{@code
 * CoherenceRule everyMeasureHasACost = CoherenceRule.of("KOMMUNE-001", Severity.WARNING,
 *     LocalizedText.of("Hvert tiltak har en kostnad", "Every measure has a cost"),
 *     LocalizedText.of("Økonomiplanen krever kostnad per tiltak.", "The financial plan needs a cost per measure."),
 *     ctx -> ctx.chain().plans().forEach(p -> p.elements().stream()
 *         .filter(e -> e.kind() == ElementKind.MEASURE && e.measure().flatMap(MeasureDetails::cost).isEmpty())
 *         .forEach(e -> ctx.report(p.id(), e.id(), LocalizedText.of("Tiltaket mangler kostnad: " + e.title(),
 *             "The measure has no cost: " + e.title())))));
 * }</pre>
 */
public interface CoherenceRule {
  /** The stable code, e.g. {@code PLAN-C008}; also the key for switching the rule off. */
  String code();

  /** The default severity of the rule's findings. */
  Severity severity();

  /** A short name in bokmål and English. */
  LocalizedText title();

  /** Why the rule exists (including the legal basis), in bokmål and English. */
  LocalizedText explanation();

  /**
   * Checks the chain and reports findings through the context.
   *
   * @param context the chain, reference date and reporting
   */
  void check(CoherenceContext context);

  /**
   * A rule from a function.
   *
   * @param code the code
   * @param severity the severity
   * @param title the short name
   * @param explanation the explanation
   * @param check the check
   * @return the rule
   */
  static CoherenceRule of(String code, Severity severity, LocalizedText title, LocalizedText explanation,
      java.util.function.Consumer<CoherenceContext> check) {
    return new FunctionRule(code, severity, title, explanation, check);
  }
}
