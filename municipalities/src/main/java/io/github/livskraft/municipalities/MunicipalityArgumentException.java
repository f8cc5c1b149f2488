package io.github.livskraft.municipalities;

import io.github.livskraft.sdg.CodedException;
import io.github.livskraft.sdg.Language;
import java.util.Objects;
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
  private final transient Object @Nullable [] args;

  /**
   * Creates the exception.
   *
   * @param errorCode the stable code
   * @param args the arguments of the code's message pattern
   */
  public MunicipalityArgumentException(MunicipalityErrorCode errorCode, Object... args) {
    super(MunicipalityException.format(Objects.requireNonNull(errorCode, "errorCode"), Language.EN, args));
    this.errorCode = errorCode;
    this.args = args.clone();
  }

  /** @return the stable error code */
  public MunicipalityErrorCode errorCode() {
    return errorCode;
  }

  /**
   * The message in a language, starting with the code.
   *
   * @param language English, bokmål or nynorsk
   * @return the message
   */
  public String getMessage(Language language) {
    Object[] a = args;
    return a == null ? String.valueOf(getMessage()) : MunicipalityException.format(errorCode, language, a);
  }
}
