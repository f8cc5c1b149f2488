package io.github.livskraft.tagger;

/** Base of every exception that the text tagger throws. Unchecked. */
public class TaggingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message the message, naming the bad value, where it was (file, line, column) and what was expected
   * @param cause the cause, or {@code null}
   */
  public TaggingException(String message, Throwable cause) {
    super(message, cause);
  }
}
