package io.github.livskraft.kostra;

import io.github.livskraft.sdg.CodedException;
import io.github.livskraft.sdg.Language;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Base of every exception that {@code kostra-adapter} throws. Unchecked. Carries a stable {@link KostraErrorCode};
 * {@link #getMessage()} is the English text starting with the code, {@link #getMessage(Language)} the text in
 * bokmål or nynorsk.
 */
public class KostraException extends RuntimeException implements CodedException {
  private static final long serialVersionUID = 1L;

  private final KostraErrorCode errorCode;
  private final transient Object[] args;

  /**
   * Creates an exception whose text comes from the module's message bundle.
   *
   * @param errorCode the stable code
   * @param cause the cause, or {@code null}
   * @param args the arguments of the code's message pattern
   */
  public KostraException(KostraErrorCode errorCode, @Nullable Throwable cause, Object... args) {
    super(Objects.requireNonNull(errorCode, "errorCode").format(Language.EN, plain(args)), cause);
    this.errorCode = errorCode;
    this.args = plain(args);
  }

  /** Numbers as plain digits (limits, sizes, ports), never "67,108,864". */
  private static Object[] plain(Object[] args) {
    Object[] out = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      out[i] = args[i] instanceof Number n ? String.valueOf(n) : args[i];
    }
    return out;
  }

  /** @return the stable error code */
  public KostraErrorCode errorCode() {
    return errorCode;
  }

  /**
   * The message in a language, starting with the code.
   *
   * @param language English, bokmål or nynorsk
   * @return the message
   */
  public String getMessage(Language language) {
    return errorCode.format(language, args.clone());
  }
}
