package io.github.livskraft.casework;

import java.util.Objects;

/**
 * A span of the case text that supports a goal line or an impact suggestion, with the part it stands in and what
 * found it. Immutable.
 *
 * @param start start offset in {@link CaseDocument#text()} (inclusive, UTF-16 index)
 * @param end end offset (exclusive)
 * @param text the text of the span
 * @param part the part of the saksframlegg the span lies in
 * @param source {@code explicit} for an explicit reference, {@code cue:positive}/{@code cue:negative} for an impact
 *     cue, else the id of the tagger rule that fired (e.g. {@code nb.13.klima})
 */
public record Evidence(int start, int end, String text, PartKind part, String source) {
  /** Checks the arguments. */
  public Evidence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(source, "source");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad evidence span [" + start + ", " + end + ")");
    }
  }

  /** The source of explicit references. */
  public static final String EXPLICIT = "explicit";
}
