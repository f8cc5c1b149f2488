package io.github.livskraft.casework;

import java.util.Objects;

/**
 * One recognised part of a saksframlegg: its kind, the heading as written and its character range in
 * {@link CaseDocument#text()} (heading included). Immutable.
 *
 * @param kind the kind
 * @param heading the heading as it stands in the text (empty for the header)
 * @param start start offset (inclusive, UTF-16 index)
 * @param end end offset (exclusive)
 */
public record CasePart(PartKind kind, String heading, int start, int end) {
  /** Checks the range. */
  public CasePart {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(heading, "heading");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad part range [" + start + ", " + end + ")");
    }
  }

  /** Whether an offset lies in this part. */
  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }
}
