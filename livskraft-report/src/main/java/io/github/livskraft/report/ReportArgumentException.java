package io.github.livskraft.report;

import io.github.livskraft.indicators.LocalizedText;
import io.github.livskraft.sdg.CodedException;
import io.github.livskraft.sdg.Language;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A report option that cannot be used: a region that names no municipality ({@code REPORT-0002}) or a year outside
 * 1900–2100 ({@code REPORT-0003}). An {@link IllegalArgumentException}, because the caller passed it; carries a
 * stable {@link ReportErrorCode} and its message in English, bokmål and nynorsk.
 */
public final class ReportArgumentException extends IllegalArgumentException implements CodedException {
  private static final long serialVersionUID = 1L;

  private final ReportErrorCode errorCode;
  private final transient @Nullable LocalizedText text;

  /**
   * Creates the exception.
   *
   * @param errorCode the stable code
   * @param text the message without the code, from the report bundle
   */
  public ReportArgumentException(ReportErrorCode errorCode, LocalizedText text) {
    super(Objects.requireNonNull(errorCode, "errorCode").code() + ": " + text.in(Language.EN));
    this.errorCode = errorCode;
    this.text = text;
  }

  /** The stable error code. */
  public ReportErrorCode errorCode() {
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
