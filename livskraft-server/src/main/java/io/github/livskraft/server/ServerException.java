package io.github.livskraft.server;

import io.github.livskraft.sdg.CodedException;
import io.github.livskraft.sdg.Language;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The server could not start: the plans directory cannot be read ({@code SERVER-0100}) or the address is taken
 * ({@code SERVER-0101}). Carries a stable {@link ServerErrorCode}; the message is in English
 * ({@link #getMessage()}), bokmål or nynorsk ({@link #getMessage(Language)}).
 */
public class ServerException extends RuntimeException implements CodedException {
  private static final long serialVersionUID = 1L;

  private final ServerErrorCode errorCode;
  private final transient Object @Nullable [] args;

  /**
   * Creates an exception.
   *
   * @param errorCode the stable code
   * @param cause the cause, or {@code null}
   * @param args the message arguments
   */
  public ServerException(ServerErrorCode errorCode, @Nullable Throwable cause, Object... args) {
    super(Objects.requireNonNull(errorCode, "errorCode").format(Language.EN, args), cause);
    this.errorCode = errorCode;
    this.args = args.clone();
  }

  /** The stable code as text, e.g. {@code SERVER-0100}. */
  public String code() {
    return errorCode.code();
  }

  /** The stable error code. */
  public ServerErrorCode errorCode() {
    return errorCode;
  }

  /**
   * The message in a language, starting with the code.
   *
   * @param language the reader's language
   * @return the message
   */
  public String getMessage(Language language) {
    Object[] a = args;
    return a == null ? String.valueOf(getMessage()) : errorCode.format(language, Arrays.copyOf(a, a.length));
  }
}
