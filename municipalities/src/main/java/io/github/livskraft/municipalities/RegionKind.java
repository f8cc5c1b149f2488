package io.github.livskraft.municipalities;

/** The kind of a {@link Region}. */
public enum RegionKind {
  /** A municipality (kommune). */
  MUNICIPALITY,
  /** A county (fylke). */
  COUNTY,
  /** The whole country (Landet). */
  COUNTRY,
  /** A named group of municipalities (a region council, a KOSTRA group, a peer set). */
  GROUP
}
