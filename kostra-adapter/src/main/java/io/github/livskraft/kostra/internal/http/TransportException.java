package io.github.livskraft.kostra.internal.http;

import java.net.URI;

/** The exchange failed without a usable HTTP answer (time-out, broken connection, interrupted). Internal. */
public final class TransportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why. */
  public enum Reason {
    /** No answer within the request time-out. */
    TIMEOUT,
    /** The host could not be reached at all (DNS, refused connection). */
    UNREACHABLE,
    /** The connection broke, e.g. a truncated body. */
    BROKEN,
    /** The thread was interrupted. */
    INTERRUPTED
  }

  private final Reason reason;
  private final transient URI uri;
  private final int attempts;

  TransportException(Reason reason, URI uri, int attempts, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.uri = uri;
    this.attempts = attempts;
  }

  /** @return why */
  public Reason reason() {
    return reason;
  }

  /** @return the request URI */
  public URI uri() {
    return uri;
  }

  /** @return attempts made */
  public int attempts() {
    return attempts;
  }
}
