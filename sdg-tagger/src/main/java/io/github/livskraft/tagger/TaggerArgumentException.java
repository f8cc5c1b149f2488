package io.github.livskraft.tagger;

import io.github.livskraft.sdg.CodedArgumentException;

/**
 * A tagger option out of its range ({@code TAG-0046}, {@code TAG-0047}: a threshold that is not a positive number, a
 * relative threshold outside 0 to 1). A {@link CodedArgumentException} (so an {@link IllegalArgumentException})
 * whose code is a {@link TaggerErrorCode}, with its message in English ({@link #getMessage()}), bokmål or nynorsk
 * ({@link #getMessage(io.github.livskraft.sdg.Language)}).
 */
public class TaggerArgumentException extends CodedArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param errorCode the stable code
   * @param args the arguments of the code's message (the bad value)
   */
  public TaggerArgumentException(TaggerErrorCode errorCode, Object... args) {
    super(errorCode, args);
  }

  /** The stable error code. */
  @Override
  public TaggerErrorCode errorCode() {
    return (TaggerErrorCode) super.errorCode();
  }
}
