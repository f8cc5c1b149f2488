package io.github.livskraft.casework;

import io.github.livskraft.sdg.CodedException;
import io.github.livskraft.sdg.Language;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Base of every exception the casework module throws. Unchecked; carries a stable {@link CaseErrorCode} and renders
 * its message in English ({@link #getMessage()}), bokmål or nynorsk ({@link #getMessage(Locale)}).
 */
public class CaseworkException extends RuntimeException implements CodedException {
  private static final long serialVersionUID = 1L;

  private final CaseErrorCode errorCode;
  private final transient Object @Nullable [] args;

  /**
   * Creates an exception.
   *
   * @param errorCode the stable code
   * @param cause the cause, or {@code null}
   * @param args the message arguments
   */
  public CaseworkException(CaseErrorCode errorCode, @Nullable Throwable cause, Object... args) {
    super(errorCode.format(Locale.ROOT, args), cause);
    this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    this.args = args.clone();
  }

  /** The stable error code. */
  public CaseErrorCode errorCode() {
    return errorCode;
  }

  /**
   * The message in the reader's language.
   *
   * @param locale the reader's locale ({@code nb}, {@code nn} or English for anything else)
   * @return the message, starting with the error code
   */
  public String getMessage(Locale locale) {
    Object[] a = args;
    if (a == null) {
      return String.valueOf(getMessage());
    }
    return errorCode.format(locale, a);
  }

  /**
   * The message in the given language ({@link #getMessage(Locale)} with the language's locale).
   *
   * @param language the reader's language
   * @return the localized message, starting with the error code
   */
  @Override
  public String getMessage(Language language) {
    return getMessage(language.locale());
  }
}
