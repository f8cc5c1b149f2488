package io.github.livskraft.indicators;

/** The role of an indicator's link to an SDG target. */
public enum LinkRole {
  /** The indicator measures the target directly (it is the target's main local indicator). */
  PRIMARY,
  /** The indicator also informs this target. */
  SECONDARY,
  /** The indicator is a proxy: related to the target but not what the target asks for. */
  PROXY
}
