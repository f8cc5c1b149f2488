package io.github.livskraft.kostra.jsonstat;

import io.github.livskraft.kostra.KostraException;

/** A JSON-stat document that cannot be read: the message names the JSON path, the value and what was expected. */
public class JsonStatException extends KostraException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message the message
   * @param cause the cause, or {@code null}
   */
  public JsonStatException(String message, Throwable cause) {
    super(message, cause);
  }
}
