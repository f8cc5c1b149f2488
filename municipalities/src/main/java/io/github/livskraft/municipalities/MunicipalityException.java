package io.github.livskraft.municipalities;

import io.github.livskraft.sdg.CodedException;
import io.github.livskraft.sdg.Language;
import org.jspecify.annotations.Nullable;

/**
 * A municipality code that cannot be resolved as asked, or municipality data (a KLASS answer, a bundled file) that
 * cannot be read. Carries a stable {@link MunicipalityErrorCode}; the message names the value, where it was and what
 * was expected, in English ({@link #getMessage()}), bokmål or nynorsk ({@link #getMessage(Language)}). Unchecked.
 */
public class MunicipalityException extends RuntimeException implements CodedException {
  private static final long serialVersionUID = 1L;

  private final MunicipalityErrorCode errorCode;
  /** The code and arguments; not serialized (arguments may not be), then {@link #getMessage()} stands. */
  private final transient @Nullable MunicipalityMessage message;

  /**
   * Creates an exception whose text comes from the module's message bundle.
   *
   * @param errorCode the stable code
   * @param cause the cause, or {@code null}
   * @param args the arguments of the code's message pattern
   */
  public MunicipalityException(MunicipalityErrorCode errorCode, @Nullable Throwable cause, Object... args) {
    this(new MunicipalityMessage(errorCode, args), cause);
  }

  private MunicipalityException(MunicipalityMessage message, @Nullable Throwable cause) {
    super(message.text(Language.EN), cause);
    this.errorCode = message.errorCode();
    this.message = message;
  }

  /** @return the stable error code */
  @Override
  public MunicipalityErrorCode errorCode() {
    return errorCode;
  }

  /**
   * The message in a language, starting with the code.
   *
   * @param language English, bokmål or nynorsk
   * @return the message
   */
  @Override
  public String getMessage(Language language) {
    MunicipalityMessage m = message;
    return m == null ? String.valueOf(getMessage()) : m.text(language);
  }
}
