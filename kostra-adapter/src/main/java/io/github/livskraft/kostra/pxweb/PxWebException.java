package io.github.livskraft.kostra.pxweb;

import io.github.livskraft.kostra.KostraErrorCode;
import io.github.livskraft.kostra.KostraException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A failed statbank request: carries the HTTP status (0 when there was no answer), a stable {@link Kind}, and
 * SSB's own message where there is one (v2 {@code title}, v1 {@code error}, or the start of a non-JSON body).
 *
 * <pre>{@code
 * try {
 *   statbank.fetch(query);
 * } catch (PxWebException e) {
 *   if (e.kind() == PxWebException.Kind.NON_EXISTENT_VALUE) { ... }
 *   log(e.status() + " " + e.ssbMessage().orElse(""));
 * }
 * }</pre>
 */
public class PxWebException extends KostraException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, stable across versions. */
  public enum Kind {
    /** The table id does not exist (v2 title "Non-existent table", 404). */
    NON_EXISTENT_TABLE,
    /** A variable code does not exist ("Non-existent variable"). */
    NON_EXISTENT_VARIABLE,
    /** A value code does not exist ("Non-existent value"; v1 "The request for variable 'X' has an error"). */
    NON_EXISTENT_VALUE,
    /** A non-eliminable variable was left out ("Missing selection for mandantory variable"). */
    MISSING_MANDATORY_VARIABLE,
    /** The extract is too big (v2 400 "Too many cells selected"; v1 403 "Too many values selected"). */
    TOO_MANY_CELLS,
    /** The codelist id does not exist ("Non-existent codelist"). */
    NON_EXISTENT_CODELIST,
    /** A selection expression was malformed ("Illegal selection expression"). */
    ILLEGAL_SELECTION,
    /** Another parameter error (400). */
    PARAMETER_ERROR,
    /** 404 without a known title: unknown table, or a URL that was too long. */
    NOT_FOUND,
    /** 429 after every retry. */
    RATE_LIMITED,
    /** 5xx (500 at SSB usually means a duplicate code in one variable). */
    SERVER_ERROR,
    /** 503 after every retry: metadata refresh (05:00, 11:30) or overload. */
    UNAVAILABLE,
    /** No answer within the time-out, after every retry. */
    TIMEOUT,
    /** The host could not be reached, or the connection broke. */
    NETWORK,
    /** The answer could not be read (not JSON, truncated, not JSON-stat). */
    MALFORMED_RESPONSE,
    /** The query was rejected before sending: unknown variable or code, or a missing selection. */
    INVALID_QUERY,
    /** Offline mode, and neither the cache nor a bundled snapshot holds the answer. */
    NOT_AVAILABLE_OFFLINE,
    /** The API version does not offer this (e.g. codelists on v1). */
    UNSUPPORTED,
    /** An id that would become a URL path segment ({@code ..}, {@code a/b}) was refused before any request. */
    INVALID_ID,
    /** The answer was larger than {@code maxResponseBytes}; not retried. */
    RESPONSE_TOO_LARGE,
    /** SSB's answer redirected to another scheme, host or port; refused, never cached. */
    REDIRECT_REFUSED,
    /** Anything else. */
    OTHER
  }

  private final Kind kind;
  private final int status;
  private final @Nullable String ssbMessage;

  /**
   * Creates an exception.
   *
   * @param kind what went wrong
   * @param status the HTTP status, 0 if none
   * @param ssbMessage SSB's own message, or {@code null}
   * @param message the full message, the same in every language (the adapter itself only throws the coded
   *     form, whose text comes from the bundle; this constructor is for callers and tests that stand in for it)
   * @param cause the cause, or {@code null}
   */
  public PxWebException(Kind kind, int status, @Nullable String ssbMessage, String message,
      @Nullable Throwable cause) {
    super(codeOf(kind), cause, message);
    this.kind = kind;
    this.status = status;
    this.ssbMessage = ssbMessage;
  }

  private PxWebException(Kind kind, int status, @Nullable String ssbMessage, @Nullable Throwable cause,
      Object[] args) {
    super(codeOf(kind), cause, args);
    this.kind = kind;
    this.status = status;
    this.ssbMessage = ssbMessage;
  }

  /** An exception whose whole text comes from the bundle (the code's pattern filled with {@code args}). */
  static PxWebException coded(Kind kind, @Nullable Throwable cause, Object... args) {
    return new PxWebException(kind, 0, null, cause, args);
  }

  /** As {@link #coded(Kind, Throwable, Object...)}, keeping the HTTP status and SSB's own text for callers. */
  static PxWebException coded(Kind kind, int status, @Nullable String ssbMessage, @Nullable Throwable cause,
      Object... args) {
    return new PxWebException(kind, status, ssbMessage, cause, args);
  }

  /**
   * The stable code of a kind.
   *
   * @param kind the kind
   * @return its code
   */
  public static KostraErrorCode codeOf(Kind kind) {
    return switch (kind) {
      case NON_EXISTENT_TABLE -> KostraErrorCode.SSB_NON_EXISTENT_TABLE;
      case NON_EXISTENT_VARIABLE -> KostraErrorCode.SSB_NON_EXISTENT_VARIABLE;
      case NON_EXISTENT_VALUE -> KostraErrorCode.SSB_NON_EXISTENT_VALUE;
      case MISSING_MANDATORY_VARIABLE -> KostraErrorCode.SSB_MISSING_MANDATORY_VARIABLE;
      case TOO_MANY_CELLS -> KostraErrorCode.SSB_TOO_MANY_CELLS;
      case NON_EXISTENT_CODELIST -> KostraErrorCode.SSB_NON_EXISTENT_CODELIST;
      case ILLEGAL_SELECTION -> KostraErrorCode.SSB_ILLEGAL_SELECTION;
      case PARAMETER_ERROR -> KostraErrorCode.SSB_PARAMETER_ERROR;
      case NOT_FOUND -> KostraErrorCode.SSB_NOT_FOUND;
      case RATE_LIMITED -> KostraErrorCode.SSB_RATE_LIMITED;
      case SERVER_ERROR -> KostraErrorCode.SSB_SERVER_ERROR;
      case UNAVAILABLE -> KostraErrorCode.SSB_UNAVAILABLE;
      case TIMEOUT -> KostraErrorCode.SSB_TIMEOUT;
      case NETWORK -> KostraErrorCode.SSB_NETWORK;
      case MALFORMED_RESPONSE -> KostraErrorCode.SSB_MALFORMED_RESPONSE;
      case INVALID_QUERY -> KostraErrorCode.INVALID_QUERY;
      case NOT_AVAILABLE_OFFLINE -> KostraErrorCode.NOT_AVAILABLE_OFFLINE;
      case UNSUPPORTED -> KostraErrorCode.UNSUPPORTED;
      case INVALID_ID -> KostraErrorCode.INVALID_ID;
      case RESPONSE_TOO_LARGE -> KostraErrorCode.RESPONSE_TOO_LARGE;
      case REDIRECT_REFUSED -> KostraErrorCode.REDIRECT_REFUSED;
      case OTHER -> KostraErrorCode.OTHER;
    };
  }

  /** @return what went wrong */
  public Kind kind() {
    return kind;
  }

  /** @return the HTTP status, 0 if there was no answer */
  public int status() {
    return status;
  }

  /** @return SSB's own message, if the answer carried one */
  public Optional<String> ssbMessage() {
    return Optional.ofNullable(ssbMessage);
  }

  /**
   * Whether the request itself was wrong (so retrying the same request cannot help).
   *
   * @return true for query and parameter errors
   */
  public boolean isBadRequest() {
    return switch (kind) {
      case NON_EXISTENT_TABLE, NON_EXISTENT_VARIABLE, NON_EXISTENT_VALUE, MISSING_MANDATORY_VARIABLE,
          TOO_MANY_CELLS, NON_EXISTENT_CODELIST, ILLEGAL_SELECTION, PARAMETER_ERROR, INVALID_QUERY, INVALID_ID -> true;
      default -> false;
    };
  }

  /**
   * Maps SSB's status and title (v2) or error text (v1) to a kind.
   *
   * @param status the HTTP status
   * @param title the title or error text, possibly empty
   * @return the kind
   */
  public static Kind classify(int status, String title) {
    String t = title.toLowerCase(Locale.ROOT);
    if (t.contains("non-existent table")) {
      return Kind.NON_EXISTENT_TABLE;
    }
    if (t.contains("non-existent variable")) {
      return Kind.NON_EXISTENT_VARIABLE;
    }
    if (t.contains("non-existent value") || t.contains("the request for variable")) {
      return Kind.NON_EXISTENT_VALUE;
    }
    if (t.contains("missing selection")) {
      return Kind.MISSING_MANDATORY_VARIABLE;
    }
    if (t.contains("too many cells") || t.contains("too many values")) {
      return Kind.TOO_MANY_CELLS;
    }
    if (t.contains("non-existent codelist")) {
      return Kind.NON_EXISTENT_CODELIST;
    }
    if (t.contains("illegal selection")) {
      return Kind.ILLEGAL_SELECTION;
    }
    if (status == 429 || t.contains("too many requests")) {
      return Kind.RATE_LIMITED;
    }
    if (status == 403) {
      return Kind.TOO_MANY_CELLS; // v1: 403 means "too big", not a permission problem
    }
    if (status == 404) {
      return Kind.NOT_FOUND;
    }
    if (status == 503) {
      return Kind.UNAVAILABLE;
    }
    if (status >= 500) {
      return Kind.SERVER_ERROR;
    }
    if (status == 400 || t.contains("parameter error")) {
      return Kind.PARAMETER_ERROR;
    }
    return Kind.OTHER;
  }
}
