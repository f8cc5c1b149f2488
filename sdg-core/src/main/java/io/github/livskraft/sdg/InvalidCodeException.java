package io.github.livskraft.sdg;

import java.util.Objects;

/**
 * Thrown when text is not a well-formed goal, target or indicator code. The message names the input and the
 * expected form.
 */
public final class InvalidCodeException extends SdgException {
  private static final long serialVersionUID = 1L;

  private final String input;

  InvalidCodeException(SdgErrorCode code, String input) {
    super(code, input);
    this.input = Objects.requireNonNull(input, "input");
  }

  /** The rejected input, exactly as given (the text {@code "null"} for a null input). */
  public String input() {
    return input;
  }
}
