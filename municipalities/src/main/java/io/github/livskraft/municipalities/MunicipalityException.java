package io.github.livskraft.municipalities;

import org.jspecify.annotations.Nullable;

/**
 * A municipality code that cannot be resolved as asked, or bundled municipality data that cannot be read. The
 * message names the code, the date or the resource and what was expected. Unchecked.
 */
public class MunicipalityException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message the message, naming the bad value, where it was and what was expected
   * @param cause the cause, or {@code null}
   */
  public MunicipalityException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
