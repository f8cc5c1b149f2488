package io.github.livskraft.tagger;

import java.util.Objects;

/**
 * A matched span of the tagged text (funnet tekstutsnitt): character offsets into the original text and the
 * text itself, so an archive user can see why a goal was suggested.
 *
 * @param start start offset in the text (inclusive, UTF-16 index)
 * @param end end offset (exclusive)
 * @param text the matched text, {@code text.substring(start, end)}
 */
public record MatchSpan(int start, int end, String text) {
  /** Checks the offsets. */
  public MatchSpan {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
