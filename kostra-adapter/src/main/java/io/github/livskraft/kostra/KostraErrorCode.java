package io.github.livskraft.kostra;

import io.github.livskraft.sdg.ErrorCode;
import io.github.livskraft.sdg.MessageFragment;

/**
 * Stable codes for every problem {@code kostra-adapter} reports: {@code SSB-…} for what SSB (or the network to it)
 * answered, {@code KOSTRA-…} for what this library refused or could not do. The texts are in the module's bundle
 * ({@code /livskraft-messages/kostra_en|nb|nn.properties}); a code never changes meaning once released.
 */
@ErrorCode.Bundle("kostra")
public enum KostraErrorCode implements ErrorCode {
  /** SSB has no such table. */
  SSB_NON_EXISTENT_TABLE("SSB-0001"),
  /** SSB's table has no such variable. */
  SSB_NON_EXISTENT_VARIABLE("SSB-0002"),
  /** SSB's variable has no such value. */
  SSB_NON_EXISTENT_VALUE("SSB-0003"),
  /** A mandatory variable has no selection. */
  SSB_MISSING_MANDATORY_VARIABLE("SSB-0004"),
  /** The extract is larger than SSB serves at once. */
  SSB_TOO_MANY_CELLS("SSB-0005"),
  /** SSB has no such codelist. */
  SSB_NON_EXISTENT_CODELIST("SSB-0006"),
  /** A selection expression was malformed. */
  SSB_ILLEGAL_SELECTION("SSB-0007"),
  /** Another parameter error (HTTP 400). */
  SSB_PARAMETER_ERROR("SSB-0008"),
  /** HTTP 404 without a known title. */
  SSB_NOT_FOUND("SSB-0009"),
  /** HTTP 429 after every retry. */
  SSB_RATE_LIMITED("SSB-0010"),
  /** HTTP 5xx. */
  SSB_SERVER_ERROR("SSB-0011"),
  /** HTTP 503 after every retry. */
  SSB_UNAVAILABLE("SSB-0012"),
  /** No answer within the time-out. */
  SSB_TIMEOUT("SSB-0013"),
  /** The host could not be reached or the connection broke. */
  SSB_NETWORK("SSB-0014"),
  /** The answer could not be read. */
  SSB_MALFORMED_RESPONSE("SSB-0015"),
  /** KLASS answered with an error or could not be reached. */
  SSB_KLASS_FAILED("SSB-0016"),
  /** An id that would become a URL path segment is not a plain id. */
  INVALID_ID("KOSTRA-0001"),
  /** The response body is larger than {@code maxResponseBytes}. */
  RESPONSE_TOO_LARGE("KOSTRA-0002"),
  /** A redirect to another scheme, host or port was refused. */
  REDIRECT_REFUSED("KOSTRA-0003"),
  /** The on-disk cache cannot be written. Arguments: the cache folder, the file that failed. */
  CACHE_WRITE_FAILED("KOSTRA-0004"),
  /** The query was refused before sending (unknown variable or code, missing selection). */
  INVALID_QUERY("KOSTRA-0010"),
  /** Offline mode and nothing cached or bundled answers. */
  NOT_AVAILABLE_OFFLINE("KOSTRA-0011"),
  /** The API version does not offer this. */
  UNSUPPORTED("KOSTRA-0012"),
  /**
   * An argument the caller gave is out of range: a selection expression, a table id, a query that selects a
   * variable twice, a connection, retry or rate-limit option ({@link KostraArgumentException}).
   */
  INVALID_ARGUMENT("KOSTRA-0013"),
  /** A KLASS request was wrong (empty range, unknown classification …). */
  KLASS_INVALID_REQUEST("KOSTRA-0020"),
  /** Anything else. */
  OTHER("KOSTRA-0099");

  private final String code;

  /**
   * A fragment of the kostra bundle (such as {@code SSB.what.metadata}): what was asked for, why an answer is
   * unreadable, a note of the planner or the harmoniser, written in the language of the message it is an argument of.
   *
   * @param key the full bundle key
   * @param args the values of the key's pattern (numbers, user values, further fragments, quoted failures)
   * @return the fragment
   * @throws java.util.MissingResourceException if the bundle has no such key
   */
  public static MessageFragment text(String key, Object... args) {
    return MessageFragment.of(OTHER, key, args);
  }

  KostraErrorCode(String code) {
    this.code = code;
  }

  /** The stable code, e.g. {@code KOSTRA-0002}. */
  @Override
  public String code() {
    return code;
  }
}
