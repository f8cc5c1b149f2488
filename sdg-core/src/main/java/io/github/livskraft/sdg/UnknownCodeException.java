package io.github.livskraft.sdg;

import java.util.Objects;

/**
 * A well-formed code that the catalogue edition does not contain, e.g. target {@code 1.z} (code
 * {@link SdgErrorCode#UNKNOWN_CODE SDG-0004}).
 */
public final class UnknownCodeException extends SdgException {
  private static final long serialVersionUID = 1L;

  private final String input;
  private final EntryType entryType;
  private final String edition;

  /**
   * Creates the exception.
   *
   * @param input the code looked up
   * @param entryType what was looked up
   * @param edition the catalogue edition
   */
  public UnknownCodeException(String input, EntryType entryType, String edition) {
    super(SdgErrorCode.UNKNOWN_CODE, input, entryType.ordinal(), edition);
    this.input = Objects.requireNonNull(input, "input");
    this.entryType = entryType;
    this.edition = Objects.requireNonNull(edition, "edition");
  }

  /** The code looked up. */
  public String input() {
    return input;
  }

  /** What was looked up. */
  public EntryType entryType() {
    return entryType;
  }

  /** The catalogue edition searched. */
  public String edition() {
    return edition;
  }
}
