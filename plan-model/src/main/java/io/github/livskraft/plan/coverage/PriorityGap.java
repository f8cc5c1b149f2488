package io.github.livskraft.plan.coverage;

import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.LocalizedText;

/**
 * A priority goal that is not followed up all the way to data. Immutable.
 *
 * @param goal the goal
 * @param depth how far it is followed up
 * @param explanation what is missing, in bokmål and English
 */
public record PriorityGap(GoalCode goal, CoverageDepth depth, LocalizedText explanation) {}
