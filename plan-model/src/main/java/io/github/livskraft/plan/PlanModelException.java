package io.github.livskraft.plan;

/** Base of every exception that {@code plan-model} throws. Unchecked. */
public class PlanModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message the message, naming the bad value, where it was and what was expected
   * @param cause the cause, or {@code null}
   */
  public PlanModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
