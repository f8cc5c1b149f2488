package io.github.livskraft.indicators;

import java.util.Objects;

/** An indicator id that is not in the library ({@code IND-0001}). */
public final class UnknownIndicatorException extends IndicatorException {
  private static final long serialVersionUID = 1L;
  private final String id;

  /**
   * Creates the exception.
   *
   * @param id the unknown id
   */
  public UnknownIndicatorException(String id) {
    super(IndicatorErrorCode.UNKNOWN_INDICATOR, null, Objects.requireNonNull(id, "id"));
    this.id = id;
  }

  /** The id that was looked up. */
  public String id() {
    return id;
  }
}
