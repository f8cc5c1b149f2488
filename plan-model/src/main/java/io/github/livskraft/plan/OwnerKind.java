package io.github.livskraft.plan;

/** Who owns a plan. A plan owned by a region or a network is shared by its member municipalities. */
public enum OwnerKind {
  /** A municipality (kommune), identified by its kommunenummer. */
  MUNICIPALITY,
  /** A county authority (fylkeskommune). */
  COUNTY,
  /** A region of several municipalities (regionråd, interkommunalt politisk råd), with its members. */
  REGION,
  /**
   * A network of municipalities that shares a plan without being a legal body, e.g. KS' programme
   * "Livskraftige kommuner"; the plan is shared by its members.
   */
  NETWORK;

  /** Whether owners of this kind have member municipalities that share their plans (region, network). */
  public boolean hasMembers() {
    return this == REGION || this == NETWORK;
  }
}
