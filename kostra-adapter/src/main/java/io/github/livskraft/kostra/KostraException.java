package io.github.livskraft.kostra;

/** Base of every exception that {@code kostra-adapter} throws. Unchecked. */
public class KostraException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message the message, naming the bad value, where it was and what was expected
   * @param cause the cause, or {@code null}
   */
  public KostraException(String message, Throwable cause) {
    super(message, cause);
  }
}
