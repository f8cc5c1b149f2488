package io.github.livskraft.sdg;

import java.util.Objects;
import java.util.Optional;

/**
 * One text in one language, with its provenance and source. Immutable and thread-safe.
 *
 * @param language the language of the text
 * @param text the text, never blank
 * @param provenance official, community or machine
 * @param source where the text comes from (repository and commit, or document)
 * @param note an editorial note on this text, e.g. a correction made or the older English wording a translation
 *     follows
 */
public record TextVariant(Language language, String text, TextProvenance provenance, String source,
    Optional<String> note) {

  /** Checks the arguments. */
  public TextVariant {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(note, "note");
    if (text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank (" + language.tag() + ", " + source + ")");
    }
  }

  /**
   * A text without a note.
   *
   * @param language the language
   * @param text the text
   * @param provenance the provenance
   * @param source the source
   * @return the variant
   */
  public static TextVariant of(Language language, String text, TextProvenance provenance, String source) {
    return new TextVariant(language, text, provenance, source, Optional.empty());
  }

  /** Whether the text is official wording. */
  public boolean isOfficial() {
    return provenance.isOfficial();
  }

  /** The text. */
  @Override
  public String toString() {
    return text;
  }
}
