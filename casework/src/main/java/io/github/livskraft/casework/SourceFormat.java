package io.github.livskraft.casework;

/** Where a case text came from. */
public enum SourceFormat {
  /** Plain UTF-8 text. */
  TEXT,
  /** HTML (read with jsoup). */
  HTML,
  /** Word DOCX (read with Apache POI). */
  DOCX,
  /** PDF (read with Apache PDFBox). */
  PDF,
  /** A vendor's structured call: fields plus body text. */
  STRUCTURED
}
