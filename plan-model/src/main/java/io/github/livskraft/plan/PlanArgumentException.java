package io.github.livskraft.plan;

import io.github.livskraft.indicators.LocalizedText;
import io.github.livskraft.sdg.CodedException;
import io.github.livskraft.sdg.Language;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A value of the model that cannot be built as given: a missing required property, a target outside its goal, a
 * reporting period, recurrence rule or element reference that cannot be read, an option out of range
 * ({@code PLAN-A…}). An {@link IllegalArgumentException}, because the caller passed it; when it happens while a
 * plan file is read, {@code PlanReader} reports it as {@code PLAN-P003} with the file, line and JSON path. Carries a
 * stable {@link PlanErrorCode} and its message in English ({@link #getMessage()}), bokmål or nynorsk
 * ({@link #getMessage(Language)}).
 */
public class PlanArgumentException extends IllegalArgumentException implements CodedException {
  private static final long serialVersionUID = 1L;

  private final PlanErrorCode errorCode;
  private final transient @Nullable LocalizedText text;

  /**
   * Creates the exception with the code's message.
   *
   * @param errorCode the stable code
   * @param args the message arguments
   */
  public PlanArgumentException(PlanErrorCode errorCode, Object... args) {
    this(errorCode, errorCode.text(args));
  }

  /**
   * Creates the exception with a text from the bundle (a variant such as {@code code.detail("target", …)}).
   *
   * @param errorCode the stable code
   * @param text the message without the code
   */
  public PlanArgumentException(PlanErrorCode errorCode, LocalizedText text) {
    super(Objects.requireNonNull(errorCode, "errorCode").code() + ": " + text.in(Language.EN));
    this.errorCode = errorCode;
    this.text = text;
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
    return t == null ? String.valueOf(getMessage()) : errorCode.code() + ": " + t.in(language);
  }
}
