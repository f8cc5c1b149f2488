package io.github.livskraft.tagger.internal;

import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.TargetCode;
import org.jspecify.annotations.Nullable;

/**
 * One parsed rule.
 *
 * @param id the rule id, unique within an engine
 * @param goal the goal the rule points to (the target's goal for a target rule)
 * @param target the target, or {@code null} for a goal-level rule
 * @param language the language of the rule's terms
 * @param weight the weight (score contribution of one firing)
 * @param expression the expression as written
 * @param source the file or resource name
 * @param line the 1-based line of the rule
 * @param expr the compiled expression
 */
public record RuleDef(String id, GoalCode goal, @Nullable TargetCode target, Language language, double weight,
    String expression, String source, int line, Expr expr) {}
