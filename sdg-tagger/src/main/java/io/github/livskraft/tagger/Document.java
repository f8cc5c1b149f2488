package io.github.livskraft.tagger;

import io.github.livskraft.sdg.Language;
import java.util.Objects;

/**
 * A text to tag, keyed by the caller's stable id (e.g. a Noark 5 journalpost id or a plan element id), never by
 * its position in a stream.
 *
 * @param id the caller's id
 * @param text the text
 * @param language the language whose rules apply
 */
public record Document(String id, String text, Language language) {
  /** Checks for nulls. */
  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
  }

  /**
   * A document whose language is detected from its text ({@link LanguageDetector#detect(CharSequence)}).
   *
   * @param id the caller's id
   * @param text the text
   * @return the document
   */
  public static Document detect(String id, String text) {
    return new Document(id, text, LanguageDetector.detect(text));
  }
}
