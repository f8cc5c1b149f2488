package io.github.livskraft.tagger;

import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.TargetCode;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded rule, as written in its rule file (for listing and documentation; matching uses a compiled form).
 *
 * @param id the unique id, e.g. {@code en.13.climate-change}
 * @param code the goal or target code, e.g. {@code 13} or {@code 13.2}
 * @param language the language of its terms
 * @param weight its weight
 * @param expression its expression, as written
 * @param source the rule file or resource
 * @param line the 1-based line where the rule starts
 */
public record TaggingRule(String id, String code, Language language, double weight, String expression,
    String source, int line) {
  /** Checks for nulls. */
  public TaggingRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(source, "source");
  }

  /** The goal the rule counts toward (a target rule counts toward its goal). */
  public GoalCode goal() {
    return code.indexOf('.') < 0 ? GoalCode.parse(code) : TargetCode.parse(code).goal();
  }

  /** The target, for a target-level rule. */
  public Optional<TargetCode> findTarget() {
    return code.indexOf('.') < 0 ? Optional.empty() : Optional.of(TargetCode.parse(code));
  }
}
