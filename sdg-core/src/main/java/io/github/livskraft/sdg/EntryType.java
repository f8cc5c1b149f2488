package io.github.livskraft.sdg;

/** The three kinds of catalogue entry. */
public enum EntryType {
  /** A goal (bærekraftsmål). */
  GOAL,
  /** A target (delmål). */
  TARGET,
  /** An indicator. */
  INDICATOR
}
