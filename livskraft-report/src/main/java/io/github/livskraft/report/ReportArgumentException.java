package io.github.livskraft.report;

import io.github.livskraft.sdg.CodedArgumentException;

/**
 * A report option that cannot be used: a region that names no municipality ({@code REPORT-0002}) or a year outside
 * 1900–2100 ({@code REPORT-0003}). A {@link CodedArgumentException} (so an {@link IllegalArgumentException}, because
 * the caller passed it) whose code is a {@link ReportErrorCode}, with its message in English, bokmål and nynorsk.
 */
public final class ReportArgumentException extends CodedArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param errorCode the stable code
   * @param args the arguments of the code's message (the bad value, or a fragment such as
   *     {@code REGION.fragment("empty", id)})
   */
  public ReportArgumentException(ReportErrorCode errorCode, Object... args) {
    super(errorCode, args);
  }

  /** The stable error code. */
  @Override
  public ReportErrorCode errorCode() {
    return (ReportErrorCode) super.errorCode();
  }
}
