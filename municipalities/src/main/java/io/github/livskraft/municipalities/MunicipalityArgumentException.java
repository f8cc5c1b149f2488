package io.github.livskraft.municipalities;

import io.github.livskraft.sdg.CodedException;
import io.github.livskraft.sdg.Language;
import org.jspecify.annotations.Nullable;

/**
 * A value that is not a municipality number, county number, region or validity period: an
 * {@link IllegalArgumentException} (so callers that catch that keep working) with a stable
 * {@link MunicipalityErrorCode} and its message in English ({@link #getMessage()}), bokmål or nynorsk
 * ({@link #getMessage(Language)}).
 */
public class MunicipalityArgumentException extends IllegalArgumentException implements CodedException {
  private static final long serialVersionUID = 1L;

  private final MunicipalityErrorCode errorCode;
  /** The code and arguments; not serialized (arguments may not be), then {@link #getMessage()} stands. */
  private final transient @Nullable MunicipalityMessage message;

  /**
   * Creates the exception.
   *
   * @param errorCode the stable code
   * @param args the arguments of the code's message pattern
   */
  public MunicipalityArgumentException(MunicipalityErrorCode errorCode, Object... args) {
    this(new MunicipalityMessage(errorCode, args));
  }

  private MunicipalityArgumentException(MunicipalityMessage message) {
    super(message.text(Language.EN));
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
