package io.github.livskraft.cli;

import io.github.livskraft.sdg.Language;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * An error raised by a command, with its exit code: a {@link CliErrorCode} or a key of the command line's bundle
 * ({@code cli_en|nb|nn.properties}) with arguments, or a library's exception; the message is made in the reader's
 * language when it is printed. There is no constructor for a ready text: every text comes from a bundle.
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;
  private final transient @Nullable CliErrorCode code;
  /** A message key of the command line's bundle, or null. */
  private final transient @Nullable String key;
  private final transient Object[] args;

  private CliException(String message, int exitCode, @Nullable String key, @Nullable CliErrorCode code,
      @Nullable Throwable cause, Object... args) {
    super(message, cause);
    this.key = key;
    this.exitCode = exitCode;
    this.code = code;
    this.args = args.clone();
  }

  /**
   * A message argument that is a library's exception: its message in the reader's language (a coded exception's
   * bundle text; never an exception class name).
   */
  record Detail(Throwable error) {}

  /**
   * Bad input (exit code 2) with a message of the command line's bundle, formatted in the reader's language when
   * printed.
   *
   * @param key the message key, e.g. {@code "err.search-empty"}
   * @param args the pattern's arguments (a {@link io.github.livskraft.sdg.MessageFragment} such as
   *     {@link CliMessages#fragment} and a {@link Detail} are put in the reader's language)
   * @return the exception
   */
  static CliException input(String key, Object... args) {
    return new CliException(key, ExitCodes.BAD_INPUT, key, null, null, args);
  }

  /**
   * Refuses a count option below 1 ({@code --max-cells 0}) as bad input (exit code 2), naming the option and the
   * value in the reader's language.
   *
   * @param option the option, e.g. {@code --max-cells}
   * @param value the value given
   * @throws CliException if the value is below 1
   */
  static void requireAtLeastOne(String option, long value) {
    if (value < 1) {
      throw input("err.option-at-least-1", option, String.valueOf(value));
    }
  }

  /**
   * Bad input (exit code 2) that a library reported: its message, in the reader's language.
   *
   * @param cause the library's exception
   * @return the exception
   */
  static CliException badInput(Throwable cause) {
    return new CliException("err.detail", ExitCodes.BAD_INPUT, "err.detail", null, cause, new Detail(cause));
  }

  /**
   * Another failure (exit code 1) with a message of the command line's bundle.
   *
   * @param key the message key
   * @param args the pattern's arguments
   * @return the exception
   */
  static CliException failureOf(String key, Object... args) {
    return new CliException(key, ExitCodes.ERROR, key, null, null, args);
  }

  /**
   * Another failure (exit code 1) that a library reported: its message, in the reader's language.
   *
   * @param cause the library's exception
   * @return the exception
   */
  static CliException failure(Throwable cause) {
    return new CliException("err.detail", ExitCodes.ERROR, "err.detail", null, cause, new Detail(cause));
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
        : ExitCodes.BAD_INPUT, null, code, null, args);
  }

  /**
   * The message in a language.
   *
   * @param language the language
   * @return the message
   */
  String message(Language language) {
    CliErrorCode c = code;
    String k = key;
    if (c != null) {
      return c.format(language, resolve(language));
    }
    return CliMessages.text(k == null ? "err.detail" : k, language, resolve(language));
  }

  private Object[] resolve(Language language) {
    Object[] resolved = args.clone();
    for (int i = 0; i < resolved.length; i++) {
      if (resolved[i] instanceof Detail d) {
        resolved[i] = ExitCodes.messageOf(d.error(), language);
      }
    }
    return resolved;
  }

  /** The English message (the command line prints {@link #message(Language)}). */
  @Override
  public String getMessage() {
    return message(Language.EN);
  }

  int exitCode() {
    return exitCode;
  }

  @Override
  public String toString() {
    CliErrorCode c = code;
    return (c == null ? key : c.code()) + " " + Arrays.toString(args);
  }
}
