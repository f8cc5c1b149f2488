package io.github.livskraft.kostra;

import io.github.livskraft.sdg.CodedArgumentException;

/**
 * An argument of the adapter's API that is out of range ({@code KOSTRA-0013}): a selection expression such as
 * {@code top(x)}, a table id, a query that selects a variable twice, a connection, retry or rate-limit option. A
 * {@link CodedArgumentException} (so an {@link IllegalArgumentException}, because the caller passed it) whose code is
 * {@link KostraErrorCode#INVALID_ARGUMENT}, with its message in English ({@link #getMessage()}), bokmål or nynorsk
 * ({@link #getMessage(io.github.livskraft.sdg.Language)}).
 */
public class KostraArgumentException extends CodedArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from a fragment of the kostra bundle ({@code KOSTRA-0013.<what>}).
   *
   * @param key the part of the key after {@code KOSTRA-0013.}
   * @param args the fragment's arguments
   */
  public KostraArgumentException(String key, Object... args) {
    super(KostraErrorCode.INVALID_ARGUMENT, KostraErrorCode.INVALID_ARGUMENT.fragment(key, args));
  }

  /** @return {@link KostraErrorCode#INVALID_ARGUMENT} */
  @Override
  public KostraErrorCode errorCode() {
    return (KostraErrorCode) super.errorCode();
  }
}
