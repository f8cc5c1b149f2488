package io.github.livskraft.casework;

/** Where a goal line is in the officer's review: suggested, then confirmed or rejected. */
public enum LineStatus {
  /** Suggested by Livskraft, not yet reviewed (forslag). */
  SUGGESTED,
  /** Confirmed by the case officer (bekreftet). */
  CONFIRMED,
  /** Rejected by the case officer (avvist). */
  REJECTED
}
