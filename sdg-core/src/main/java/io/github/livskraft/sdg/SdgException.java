package io.github.livskraft.sdg;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Base of every exception that {@code sdg-core} throws. Unchecked; carries a stable {@link SdgErrorCode} and can
 * render its message in English ({@link #getMessage()}) or Norwegian ({@link #getMessage(Locale)}).
 */
public class SdgException extends RuntimeException implements CodedException {
  private static final long serialVersionUID = 1L;

  private final SdgErrorCode errorCode;
  private final transient Object @org.jspecify.annotations.Nullable [] args;

  /**
   * Creates an exception.
   *
   * @param errorCode the stable code
   * @param cause the cause, or {@code null}
   * @param args the message arguments
   */
  protected SdgException(SdgErrorCode errorCode, Throwable cause, Object... args) {
    super(errorCode.format(Locale.ROOT, args), cause);
    this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    this.args = args.clone();
  }

  /**
   * Creates an exception without a cause.
   *
   * @param errorCode the stable code
   * @param args the message arguments
   */
  public SdgException(SdgErrorCode errorCode, Object... args) {
    this(errorCode, null, args);
  }

  /** The stable error code. */
  public SdgErrorCode errorCode() {
    return errorCode;
  }

  /**
   * The message in the reader's language (English or Norwegian bokmål).
   *
   * @param locale the reader's locale
   * @return the localized message, starting with the error code
   */
  public String getMessage(Locale locale) {
    if (args == null) {
      return getMessage(); // deserialised: the (transient) arguments are gone, the English message is kept
    }
    return errorCode.format(locale, Arrays.copyOf(args, args.length));
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
