package io.github.livskraft.plan;

/** Who owns a plan. */
public enum OwnerKind {
  /** A municipality (kommune), identified by its kommunenummer. */
  MUNICIPALITY,
  /** A county authority (fylkeskommune). */
  COUNTY,
  /** A region of several municipalities (regionråd, interkommunalt politisk råd), with its members. */
  REGION
}
