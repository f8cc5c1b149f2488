package io.github.livskraft.sdg;

/**
 * Whether a target states an outcome or a means of implementation. This is catalogue data, not derived from the
 * code form: letter targets (1.a) are means of implementation, but so are all numeric targets of goal 17.
 */
public enum TargetKind {
  /** An outcome target (resultatmål), e.g. 11.6. */
  OUTCOME,
  /** A means-of-implementation target (virkemiddelmål), e.g. 11.a or 17.1. */
  MEANS_OF_IMPLEMENTATION
}
