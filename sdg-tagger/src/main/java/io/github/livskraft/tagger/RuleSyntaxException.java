package io.github.livskraft.tagger;

import java.util.Locale;

/**
 * A rule file could not be read: a syntax error, an unknown goal or target code, a bad weight, a duplicate rule id.
 * The message starts with {@code file:line:column} and the {@link TaggerErrorCode} and says what was expected, in
 * English and bokmål ({@link #getMessage()}) or in the reader's language ({@link #getMessage(Locale)}: English,
 * bokmål or nynorsk).
 */
public final class RuleSyntaxException extends TaggingException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;

  /**
   * Creates an exception.
   *
   * @param source the file or resource name
   * @param line the 1-based line
   * @param column the 1-based column
   * @param errorCode what was wrong
   * @param args the arguments of the code's message (the bad value)
   */
  public RuleSyntaxException(String source, int line, int column, TaggerErrorCode errorCode, Object... args) {
    super(source + ":" + line + ":" + column + ": ", errorCode, null, args);
    this.source = source;
    this.line = line;
    this.column = column;
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
   * The message in the reader's language, starting with {@code file:line:column} and the code.
   *
   * @param locale the reader's locale: {@code nb} (or {@code no}), {@code nn}, or English for anything else
   * @return the message
   */
  @Override
  public String getMessage(Locale locale) {
    return source + ":" + line + ":" + column + ": " + super.getMessage(locale);
  }
}
