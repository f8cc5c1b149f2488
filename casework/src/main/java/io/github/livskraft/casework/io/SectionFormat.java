package io.github.livskraft.casework.io;

/** The formats of the Bærekraftsvurdering section. */
public enum SectionFormat {
  /** Plain text, ready to paste into a case-handling system's editor. */
  TEXT,
  /** An HTML fragment ({@code <section>}). */
  HTML,
  /** Markdown. */
  MARKDOWN
}
