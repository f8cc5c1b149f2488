package io.github.livskraft.indicators;

/** Where the numbers of a definition's source come from. */
public enum SourceKind {
  /** A table in SSB's Statbank (PxWebApi), read with {@code kostra-adapter}. */
  SSB_TABLE,
  /** Miljødirektoratet's municipal greenhouse-gas inventory ("Klimagassutslipp fra kommuner", Excel). */
  MILJODIREKTORATET,
  /** Another agency's published list or file (e.g. Miljøfyrtårn, Nkom, Valgdirektoratet), imported by hand. */
  OTHER_PUBLISHER,
  /** Registered by the municipality itself (own records, surveys). */
  MANUAL
}
