package io.github.livskraft.indicators;

/** Base of every exception that the {@code indicators} module throws. Unchecked. */
public class IndicatorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message the message, naming the bad value and what was expected
   * @param cause the cause, or {@code null}
   */
  public IndicatorException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Creates an exception.
   *
   * @param message the message, naming the bad value and what was expected
   */
  public IndicatorException(String message) {
    super(message);
  }
}
