package io.github.livskraft.server.internal;

import io.github.livskraft.server.ServerErrorCode;

/** Problem responses for the server's own codes, with the detail from the server bundle in the reader's language. */
final class Problems {
  private Problems() {}

  /**
   * The problem for a code.
   *
   * @param code the code (its HTTP status is the response's)
   * @param args the detail's arguments ({@link ServerErrorCode#fragment} for translated parts)
   * @return the exception that ends the request
   */
  static ApiException of(ServerErrorCode code, Object... args) {
    Object[] copy = args.clone();
    return new ApiException(code.status(), code.code(), lang -> code.text(lang, copy));
  }
}
