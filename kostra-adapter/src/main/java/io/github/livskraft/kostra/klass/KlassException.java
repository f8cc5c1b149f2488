package io.github.livskraft.kostra.klass;

import io.github.livskraft.kostra.KostraException;

/** A KLASS classification that cannot be read, or a code that cannot be harmonised under the chosen policy. */
public class KlassException extends KostraException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message the message
   * @param cause the cause, or {@code null}
   */
  public KlassException(String message, Throwable cause) {
    super(message, cause);
  }
}
