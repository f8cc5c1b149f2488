package io.github.livskraft.plan;

import io.github.livskraft.sdg.CodedException;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.LocalizedText;
import io.github.livskraft.sdg.MessageFragment;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Base of every exception that {@code plan-model} throws. Unchecked; carries a stable {@link PlanErrorCode} and
 * renders its message in English ({@link #getMessage()}), bokmål or nynorsk ({@link #getMessage(Language)}) from
 * the module's message bundle.
 */
public class PlanModelException extends RuntimeException implements CodedException {
  private static final long serialVersionUID = 1L;

  private final PlanErrorCode errorCode;
  private final transient @Nullable LocalizedText text;

  /**
   * Creates an exception with the code's message.
   *
   * @param errorCode the stable code
   * @param cause the cause, or {@code null}
   * @param args the message arguments, in the order of {@link PlanErrorCode#parameters()}
   */
  public PlanModelException(PlanErrorCode errorCode, @Nullable Throwable cause, Object... args) {
    this(errorCode, errorCode.message(args), cause);
  }

  /**
   * Creates an exception with a text from the code's bundle (a variant such as
   * {@code errorCode.fragment("events", …)}).
   *
   * @param errorCode the stable code
   * @param text the message without the code
   * @param cause the cause, or {@code null}
   */
  public PlanModelException(PlanErrorCode errorCode, MessageFragment text, @Nullable Throwable cause) {
    this(errorCode, Objects.requireNonNull(text, "text").toLocalizedText(), cause);
  }

  /**
   * Creates an exception with a text made from the code's bundle (a variant such as
   * {@code errorCode.fragment("events", …)}).
   *
   * @param errorCode the stable code
   * @param text the message without the code, in the three languages
   * @param cause the cause, or {@code null}
   */
  public PlanModelException(PlanErrorCode errorCode, LocalizedText text, @Nullable Throwable cause) {
    super(Objects.requireNonNull(errorCode, "errorCode").code() + ": " + text.text(Language.EN), cause);
    this.errorCode = errorCode;
    this.text = text;
  }

  /**
   * The message without the code, e.g. to quote it inside another message; after deserialisation (which keeps only
   * the English message) that English text in every language.
   *
   * @return the text in the three languages
   */
  public LocalizedText text() {
    LocalizedText t = text;
    return t != null ? t : PlanErrorCode.localized(l -> String.valueOf(getMessage()));
  }

  /** The stable code, e.g. {@code "PLAN-P006"}. */
  public String code() {
    return errorCode.code();
  }

  /** The stable error code. */
  public PlanErrorCode errorCode() {
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
    return t == null ? String.valueOf(getMessage()) : errorCode.code() + ": " + t.text(language);
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
