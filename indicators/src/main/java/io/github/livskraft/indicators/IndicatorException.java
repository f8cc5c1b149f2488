package io.github.livskraft.indicators;

import java.util.Objects;

/**
 * Base of every exception that the {@code indicators} module throws. Unchecked. Every instance carries a stable
 * {@link IndicatorErrorCode}; messages name the bad value, where it was (file, line, JSON path) and what was
 * expected, in English and Norwegian.
 */
public class IndicatorException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final IndicatorErrorCode errorCode;

  /**
   * Creates an exception.
   *
   * @param message the message, naming the bad value and what was expected
   * @param cause the cause, or {@code null}
   */
  public IndicatorException(String message, Throwable cause) {
    super(message, cause);
    this.errorCode = IndicatorErrorCode.GENERAL;
  }

  /**
   * Creates an exception.
   *
   * @param message the message, naming the bad value and what was expected
   */
  public IndicatorException(String message) {
    super(message);
    this.errorCode = IndicatorErrorCode.GENERAL;
  }

  /**
   * Creates an exception with a stable code; the code is prefixed to the message.
   *
   * @param errorCode the code
   * @param message the message (English / Norwegian)
   */
  public IndicatorException(IndicatorErrorCode errorCode, String message) {
    super(Objects.requireNonNull(errorCode, "errorCode").code() + ": " + message);
    this.errorCode = errorCode;
  }

  /**
   * Creates an exception with a stable code and a cause.
   *
   * @param errorCode the code
   * @param message the message (English / Norwegian)
   * @param cause the cause
   */
  public IndicatorException(IndicatorErrorCode errorCode, String message, Throwable cause) {
    super(Objects.requireNonNull(errorCode, "errorCode").code() + ": " + message, cause);
    this.errorCode = errorCode;
  }

  /** The stable error code. */
  public IndicatorErrorCode errorCode() {
    return errorCode;
  }
}
