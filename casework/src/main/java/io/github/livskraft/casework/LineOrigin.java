package io.github.livskraft.casework;

/** What put a goal line into the assessment. */
public enum LineOrigin {
  /** An explicit reference in the text ("bærekraftsmål 13"). */
  EXPLICIT,
  /** The tagger's rules. */
  TAGGED,
  /** Both an explicit reference and the tagger. */
  EXPLICIT_AND_TAGGED,
  /** Added by the case officer. */
  OFFICER
}
