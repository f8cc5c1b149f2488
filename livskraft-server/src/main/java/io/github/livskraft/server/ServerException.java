package io.github.livskraft.server;

/**
 * The server could not start: the address is taken, or the plans directory cannot be read. Carries a stable code
 * ({@code SERVER-0100} …) and an English and Norwegian message.
 */
public class ServerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;

  /**
   * Creates an exception.
   *
   * @param code the stable code
   * @param message the message (English / bokmål)
   * @param cause the cause, or {@code null}
   */
  public ServerException(String code, String message, @org.jspecify.annotations.Nullable Throwable cause) {
    super(code + ": " + message, cause);
    this.code = code;
  }

  /** The stable code. */
  public String code() {
    return code;
  }
}
