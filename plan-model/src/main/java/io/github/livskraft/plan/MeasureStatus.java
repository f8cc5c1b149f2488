package io.github.livskraft.plan;

/** The status of a tiltak. */
public enum MeasureStatus {
  /** Planlagt. */
  PLANNED,
  /** Pågår. */
  ONGOING,
  /** Gjennomført. */
  COMPLETED,
  /** Utsatt. */
  POSTPONED,
  /** Avlyst / ikke gjennomført. */
  CANCELLED
}
