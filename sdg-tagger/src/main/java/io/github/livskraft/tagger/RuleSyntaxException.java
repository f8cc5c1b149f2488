package io.github.livskraft.tagger;

import java.util.Locale;

/**
 * A rule file could not be read: a syntax error, an unknown goal or target code, a bad weight, a duplicate rule id.
 * The message starts with {@code file:line:column} and says what was expected, in English; {@link
 * #getMessage(Locale)} gives it in Norwegian for {@code nb}/{@code nn}/{@code no} locales.
 */
public final class RuleSyntaxException extends TaggingException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String norwegian;

  /**
   * Creates an exception.
   *
   * @param source the file or resource name
   * @param line the 1-based line
   * @param column the 1-based column
   * @param english what was wrong and what was expected, in English
   * @param norwegian the same in Norwegian (bokmål)
   */
  public RuleSyntaxException(String source, int line, int column, String english, String norwegian) {
    super(source + ":" + line + ":" + column + ": " + english + " / " + norwegian, null);
    this.source = source;
    this.line = line;
    this.column = column;
    this.norwegian = source + ":" + line + ":" + column + ": " + norwegian;
  }

  /** The rule file or resource name. */
  public String source() {
    return source;
  }

  /** The 1-based line. */
  public int line() {
    return line;
  }

  /** The 1-based column. */
  public int column() {
    return column;
  }

  /**
   * The message for a reader: Norwegian for {@code nb}, {@code nn} and {@code no} locales, otherwise English and
   * Norwegian.
   *
   * @param locale the reader's locale
   * @return the message, starting with {@code file:line:column}
   */
  public String getMessage(Locale locale) {
    String lang = locale.getLanguage();
    return lang.equals("nb") || lang.equals("nn") || lang.equals("no") ? norwegian : getMessage();
  }
}
