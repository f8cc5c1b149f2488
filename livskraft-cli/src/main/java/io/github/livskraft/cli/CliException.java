package io.github.livskraft.cli;

import io.github.livskraft.sdg.Language;
import java.util.Arrays;

/**
 * An error raised by a command, with its exit code. Either a {@link CliErrorCode} with arguments (the message is
 * formatted in the user's language when printed) or a ready text.
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;
  private final transient CliErrorCode code;
  private final transient Object[] args;
  /** A ready text already in the reader's language (not "English / Norsk"). */
  private final boolean oneLanguage;
  /** A message key of the command line's bundle (cli_en|nb|nn.properties), or null. */
  private final transient String key;

  private CliException(String message, int exitCode, CliErrorCode code, Object... args) {
    this(message, exitCode, false, code, args);
  }

  private CliException(String message, int exitCode, boolean oneLanguage, CliErrorCode code, Object... args) {
    this(message, exitCode, oneLanguage, null, code, args);
  }

  private CliException(String message, int exitCode, boolean oneLanguage, String key, CliErrorCode code,
      Object... args) {
    super(message);
    this.key = key;
    this.oneLanguage = oneLanguage;
    this.exitCode = exitCode;
    this.code = code;
    this.args = args.clone();
  }

  /** A message argument that is itself a text of the command line's bundle, formatted in the reader's language. */
  record Key(String key) {}

  /** Bad input (exit code 2): the message says what was wrong and what was expected. */
  static CliException badInput(String message) {
    return new CliException(message, ExitCodes.BAD_INPUT, null);
  }

  /** Bad input (exit code 2) with a message already in the reader's language. */
  static CliException badInputIn(String message) {
    return new CliException(message, ExitCodes.BAD_INPUT, true, null);
  }

  /**
   * Bad input (exit code 2) with a message of the command line's bundle, formatted in the reader's language when
   * printed.
   *
   * @param key the message key, e.g. {@code "err.search-empty"}
   * @param args the pattern's arguments
   * @return the exception
   */
  static CliException input(String key, Object... args) {
    return new CliException(key, ExitCodes.BAD_INPUT, false, key, null, args);
  }

  /**
   * Another failure (exit code 1) with a message of the command line's bundle.
   *
   * @param key the message key
   * @param args the pattern's arguments
   * @return the exception
   */
  static CliException failureOf(String key, Object... args) {
    return new CliException(key, ExitCodes.ERROR, false, key, null, args);
  }

  /** Another failure (exit code 1). */
  static CliException failure(String message) {
    return new CliException(message, ExitCodes.ERROR, null);
  }

  /**
   * An error with a code of the command line; bad input (exit code 2) except for {@link CliErrorCode#FAILED}.
   *
   * @param code the code
   * @param args the message's arguments
   * @return the exception
   */
  static CliException of(CliErrorCode code, Object... args) {
    return new CliException(code.code(), code == CliErrorCode.FAILED ? ExitCodes.ERROR
        : ExitCodes.BAD_INPUT, code, args);
  }

  /**
   * The message in a language (the same in every language for a ready text).
   *
   * @param language the language
   * @return the message
   */
  String message(Language language) {
    if (key != null) {
      return CliMessages.text(key, language, resolve(language));
    }
    if (code == null) {
      return oneLanguage ? super.getMessage() : Bilingual.pick(super.getMessage(), language);
    }
    return code.format(language, resolve(language));
  }

  private Object[] resolve(Language language) {
    Object[] resolved = args.clone();
    for (int i = 0; i < resolved.length; i++) {
      if (resolved[i] instanceof Key k) {
        resolved[i] = CliMessages.text(k.key(), language);
      }
    }
    return resolved;
  }

  /** The English message (the command line prints {@link #message(Language)}). */
  @Override
  public String getMessage() {
    return code == null && key == null ? super.getMessage() : message(Language.EN);
  }

  int exitCode() {
    return exitCode;
  }

  @Override
  public String toString() {
    return code == null ? getMessage() : code.code() + " " + Arrays.toString(args);
  }
}
