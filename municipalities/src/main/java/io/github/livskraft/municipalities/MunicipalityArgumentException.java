package io.github.livskraft.municipalities;

import io.github.livskraft.sdg.CodedArgumentException;

/**
 * A value that is not a municipality number, county number, region or validity period: a
 * {@link CodedArgumentException} (so an {@link IllegalArgumentException}, and callers that catch that keep working)
 * whose code is a {@link MunicipalityErrorCode}, with its message in English ({@link #getMessage()}), bokmål or
 * nynorsk ({@link #getMessage(io.github.livskraft.sdg.Language)}).
 */
public class MunicipalityArgumentException extends CodedArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param errorCode the stable code
   * @param args the arguments of the code's message pattern
   */
  public MunicipalityArgumentException(MunicipalityErrorCode errorCode, Object... args) {
    super(errorCode, args);
  }

  /** @return the stable error code */
  @Override
  public MunicipalityErrorCode errorCode() {
    return (MunicipalityErrorCode) super.errorCode();
  }
}
