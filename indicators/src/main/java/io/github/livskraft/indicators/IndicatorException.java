package io.github.livskraft.indicators;

import io.github.livskraft.sdg.CodedException;
import io.github.livskraft.sdg.Language;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Base of every exception that the {@code indicators} module throws. Unchecked. Every instance carries a stable
 * {@link IndicatorErrorCode}; the message, from the module's message bundle, names the bad value, where it was
 * (file, line, JSON path) and what was expected, in English ({@link #getMessage()}), bokmål or nynorsk
 * ({@link #getMessage(Language)}).
 */
public class IndicatorException extends RuntimeException implements CodedException {
  private static final long serialVersionUID = 1L;
  private final IndicatorErrorCode errorCode;
  private final transient @Nullable LocalizedText text;

  /**
   * Creates an exception with the code's general message.
   *
   * @param errorCode the code
   * @param cause the cause, or {@code null}
   * @param args the message arguments
   */
  public IndicatorException(IndicatorErrorCode errorCode, @Nullable Throwable cause, Object... args) {
    this(errorCode, errorCode.text(args), cause);
  }

  /**
   * Creates an exception with a text from the code's bundle, e.g. {@code code.detail("duplicate-period", …)}.
   *
   * @param errorCode the code
   * @param text the message without the code, in the three languages
   * @param cause the cause, or {@code null}
   */
  public IndicatorException(IndicatorErrorCode errorCode, LocalizedText text, @Nullable Throwable cause) {
    super(Objects.requireNonNull(errorCode, "errorCode").code() + ": " + text.in(Language.EN), cause);
    this.errorCode = errorCode;
    this.text = text;
  }

  /** The stable error code. */
  public IndicatorErrorCode errorCode() {
    return errorCode;
  }

  /**
   * The message in a language, starting with the code.
   *
   * @param language the reader's language
   * @return the message
   */
  public String getMessage(Language language) {
    LocalizedText t = text;
    return t == null ? String.valueOf(getMessage()) : errorCode.code() + ": " + t.in(language);
  }

  /**
   * The message in a language without the code, e.g. to quote it inside another message.
   *
   * @param language the reader's language
   * @return the text
   */
  public String text(Language language) {
    LocalizedText t = text;
    return t == null ? String.valueOf(getMessage()) : t.in(language);
  }

  /**
   * The message for a reader's locale ({@code nb}, {@code nn}, {@code no}; anything else gets English).
   *
   * @param locale the locale
   * @return the message, starting with the code
   */
  public String getMessage(Locale locale) {
    return getMessage(Language.of(locale));
  }
}
