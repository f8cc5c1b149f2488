package io.github.livskraft.plan;

/** How serious a {@link Finding} is. */
public enum Severity {
  /** The plan data are wrong or break a legal requirement. */
  ERROR,
  /** Probably a gap or mistake worth fixing. */
  WARNING,
  /** Worth knowing. */
  INFO
}
