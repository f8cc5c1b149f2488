package io.github.livskraft.indicators;

import io.github.livskraft.sdg.CodedException;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.MessageFragment;
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
  private final transient @Nullable MessageFragment text;

  /**
   * Creates an exception with the code's general message.
   *
   * @param errorCode the code
   * @param cause the cause, or {@code null}
   * @param args the message arguments
   */
  public IndicatorException(IndicatorErrorCode errorCode, @Nullable Throwable cause, Object... args) {
    this(errorCode, errorCode.message(args), cause);
  }

  /**
   * Creates an exception with a text from the code's bundle, e.g. {@code code.fragment("duplicate-period", …)}.
   *
   * @param errorCode the code
   * @param text the message without the code
   * @param cause the cause, or {@code null}
   */
  public IndicatorException(IndicatorErrorCode errorCode, MessageFragment text, @Nullable Throwable cause) {
    super(Objects.requireNonNull(errorCode, "errorCode").code() + ": " + text.text(Language.EN), cause);
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
    MessageFragment t = text;
    return t == null ? String.valueOf(getMessage()) : errorCode.code() + ": " + t.text(language);
  }

  /**
   * The message in a language without the code, e.g. to quote it inside another message.
   *
   * @param language the reader's language
   * @return the text
   */
  public String text(Language language) {
    MessageFragment t = text;
    return t == null ? String.valueOf(getMessage()) : t.text(language);
  }

  /**
   * The message without the code, e.g. to quote it inside another message; after deserialisation (which keeps only
   * the English message) the code's own message with that English text.
   *
   * @return the text in any language
   */
  public MessageFragment text() {
    MessageFragment t = text;
    return t != null ? t : IndicatorErrorCode.GENERAL.message(String.valueOf(getMessage()));
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
