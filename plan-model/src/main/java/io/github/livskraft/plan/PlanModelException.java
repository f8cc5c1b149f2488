package io.github.livskraft.plan;

/** Base of every exception that {@code plan-model} throws. Unchecked; {@link #code()} is stable. */
public class PlanModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;

  /**
   * Creates an exception.
   *
   * @param message the message, naming the bad value, where it was and what was expected
   * @param cause the cause, or {@code null}
   */
  public PlanModelException(String message, Throwable cause) {
    this("PLAN-0000", message, cause);
  }

  /**
   * Creates an exception with a stable code.
   *
   * @param code the code, e.g. {@code PLAN-P001}
   * @param message the message (English / Norwegian), naming the bad value, where it was and what was expected
   * @param cause the cause, or {@code null}
   */
  public PlanModelException(String code, String message, Throwable cause) {
    super(code + ": " + message, cause);
    this.code = code;
  }

  /** The stable code. */
  public String code() {
    return code;
  }
}
