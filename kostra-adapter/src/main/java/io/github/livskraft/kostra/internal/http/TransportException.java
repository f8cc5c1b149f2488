package io.github.livskraft.kostra.internal.http;

import java.net.URI;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The exchange failed without a usable HTTP answer (time-out, broken connection, interrupted, a body over the limit,
 * a refused redirect). Internal.
 */
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
    INTERRUPTED,
    /** The body is larger than the connection's {@code maxResponseBytes}; never retried. */
    TOO_LARGE,
    /** A redirect pointed at another scheme, host or port; never followed. */
    REDIRECT_REFUSED
  }

  private final Reason reason;
  private final transient URI uri;
  private final int attempts;
  private final long limit;
  private final transient @Nullable URI location;

  TransportException(Reason reason, URI uri, int attempts, String message, @Nullable Throwable cause) {
    this(reason, uri, attempts, message, cause, 0, null);
  }

  TransportException(Reason reason, URI uri, int attempts, String message, @Nullable Throwable cause, long limit,
      @Nullable URI location) {
    super(message, cause);
    this.reason = reason;
    this.uri = uri;
    this.attempts = attempts;
    this.limit = limit;
    this.location = location;
  }

  /** @return the byte limit that was exceeded ({@link Reason#TOO_LARGE}), otherwise 0 */
  public long limit() {
    return limit;
  }

  /** @return where a refused redirect pointed ({@link Reason#REDIRECT_REFUSED}) */
  public Optional<URI> location() {
    return Optional.ofNullable(location);
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
