package io.github.livskraft.kostra.pxweb;

import io.github.livskraft.kostra.KostraException;

/** A failed statbank request: carries the HTTP status and SSB's own message where there is one. */
public class PxWebException extends KostraException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message the message
   * @param cause the cause, or {@code null}
   */
  public PxWebException(String message, Throwable cause) {
    super(message, cause);
  }
}
