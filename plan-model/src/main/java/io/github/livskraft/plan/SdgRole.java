package io.github.livskraft.plan;

/** How strongly an element addresses a goal or target. */
public enum SdgRole {
  /** The element's main contribution. */
  PRIMARY,
  /** A co-benefit. */
  SECONDARY
}
