package io.github.livskraft.sdg;

import java.util.Locale;

/**
 * A Livskraft failure: every public exception of every Livskraft module implements this interface, so a caller — the
 * CLI, the HTTP server, a sak/arkiv vendor's system — shows any of them in one way: the stable
 * {@link #errorCode() code} and the message in the reader's language (bokmål, nynorsk or English), never a
 * library's internal text.
 *
 * <pre>{@code
 * try {
 *   plans.load(path);
 * } catch (RuntimeException e) {
 *   if (e instanceof CodedException coded) {
 *     log(coded.errorCode().code(), coded.getMessage(Language.NN));
 *   }
 *   throw e;
 * }
 * }</pre>
 *
 * <p>{@link Throwable#getMessage()} of an implementing exception stays English, starting with the code.
 */
public interface CodedException {
  /**
   * The stable error code, from the throwing module's {@link ErrorCode} enum.
   *
   * @return the code, never {@code null}
   */
  ErrorCode errorCode();

  /**
   * The message in the given language, starting with the error code.
   *
   * @param language the reader's language
   * @return the message
   */
  String getMessage(Language language);

  /**
   * The message in the language of a locale ({@link Language#of(Locale)}: nynorsk for {@code nn}, bokmål for
   * {@code nb}/{@code no}, otherwise English).
   *
   * @param locale the reader's locale
   * @return the message
   */
  default String getMessage(Locale locale) {
    return getMessage(Language.of(locale));
  }
}
