package io.github.livskraft.cli;

import io.github.livskraft.sdg.Language;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Some library messages that are not coded yet carry English and Norwegian in one text, {@code "English / Norsk"}
 * (the command line's own texts never do: they come from its bundles). The command line shows one language at a
 * time: the English part for en, the Norwegian part for nb and nn. Only such a library text passes through here;
 * the word it adds ("line") is from the command line's bundle.
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
    if (language == Language.EN) {
      return english;
    }
    // the Norwegian half often leaves out where: carry the English half's file (and line) over
    Matcher where = WHERE.matcher(english);
    if (where.find() && !norwegian.contains(where.group(1))) {
      String line = CliMessages.text("line", language);
      String place = where.group().replace(" line ", " " + line + " ").replace("(line ", "(" + line + " ");
      return place + (place.endsWith(":") ? " " : ": ") + norwegian;
    }
    return norwegian;
  }

  /** A file name with an extension, optionally with :line[:column] or " line N" after it. */
  private static final Pattern WHERE = Pattern.compile(
      "((?:<stdin>|[^\\s:()'\"]+\\.[A-Za-z][A-Za-z0-9]{0,7}))(?::\\d+(?::\\d+)?:?| line \\d+:?)?");
}
