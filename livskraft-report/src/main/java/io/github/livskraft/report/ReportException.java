package io.github.livskraft.report;

import io.github.livskraft.sdg.CodedException;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.MessageFragment;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Base of the exceptions {@code livskraft-report} throws for bad data. Unchecked; carries a stable
 * {@link ReportErrorCode} and renders its message in English ({@link #getMessage()}), bokmål or nynorsk
 * ({@link #getMessage(Language)}).
 */
public class ReportException extends RuntimeException implements CodedException {
  private static final long serialVersionUID = 1L;

  private final ReportErrorCode errorCode;
  private final transient @Nullable MessageFragment text;

  /**
   * Creates an exception.
   *
   * @param errorCode the stable code
   * @param text the message without the code, from the report bundle
   * @param cause the cause, or {@code null}
   */
  public ReportException(ReportErrorCode errorCode, MessageFragment text, @Nullable Throwable cause) {
    super(Objects.requireNonNull(errorCode, "errorCode").code() + ": " + text.text(Language.EN), cause);
    this.errorCode = errorCode;
    this.text = text;
  }

  /** The stable error code. */
  public ReportErrorCode errorCode() {
    return errorCode;
  }

  /** The stable code as text, e.g. {@code REPORT-0001}. */
  public String code() {
    return errorCode.code();
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
}
