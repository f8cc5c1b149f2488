package io.github.livskraft.sdg;

/**
 * Where a catalogue text comes from, and so how far it can be trusted word for word.
 *
 * <p>Community and machine text is never presented as official: {@link LocalizedText#resolve(Language)} prefers
 * official Norwegian text in either written standard before community text.
 */
public enum TextProvenance {
  /** The United Nations' own text (the global indicator framework, UN communication labels). */
  OFFICIAL_UN,
  /** The official Norwegian wording (FN-sambandet's bokmål; the government's nynorsk). */
  OFFICIAL_NO,
  /** A community translation (e.g. the Open SDG Weblate project); may read like machine translation. */
  COMMUNITY,
  /** A machine translation. None is bundled; reserved for other editions. */
  MACHINE;

  /** Whether this is official wording ({@link #OFFICIAL_UN} or {@link #OFFICIAL_NO}). */
  public boolean isOfficial() {
    return this == OFFICIAL_UN || this == OFFICIAL_NO;
  }
}
