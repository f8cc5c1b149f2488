package io.github.livskraft.sdg;

/**
 * A goal, target or indicator: something with a code and a title. Sealed, so a {@code switch} over the three
 * records is exhaustive.
 */
public sealed interface CatalogueEntry permits Goal, Target, Indicator {
  /** Which kind of entry this is. */
  EntryType entryType();

  /** The canonical code as text: {@code "11"}, {@code "11.6"}, {@code "11.6.1"}. */
  String codeText();

  /** The title in all languages, with provenance. */
  LocalizedText titleText();

  /**
   * The title for a reader of {@code language}, with fallback (see {@link LocalizedText#resolve(Language)}).
   *
   * @param language the reader's language
   * @return the title
   */
  default String title(Language language) {
    return titleText().text(language);
  }
}
