package io.github.livskraft.cli;

import io.github.livskraft.sdg.Language;

/**
 * Older library messages carry English and Norwegian in one text, {@code "English / Norsk"}. The command line
 * shows one language at a time: the English part for en, the Norwegian part for nb and nn.
 */
final class Bilingual {
  private static final String SEPARATOR = " / ";

  private Bilingual() {}

  /**
   * The part of a two-language message for a language; the whole text when it is not of that form.
   *
   * @param message the message
   * @param language the reader's language
   * @return the part to show
   */
  static String pick(String message, Language language) {
    int at = message.lastIndexOf(SEPARATOR);
    if (at <= 0 || message.indexOf(SEPARATOR) != at) {
      return message;
    }
    String english = message.substring(0, at);
    String norwegian = message.substring(at + SEPARATOR.length());
    if (norwegian.isBlank()) {
      return english;
    }
    return language == Language.EN ? english : norwegian;
  }
}
