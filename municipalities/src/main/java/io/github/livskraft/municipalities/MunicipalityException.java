package io.github.livskraft.municipalities;

import io.github.livskraft.sdg.CodedException;
import io.github.livskraft.sdg.Language;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A municipality code that cannot be resolved as asked, or municipality data (a KLASS answer, a bundled file) that
 * cannot be read. Carries a stable {@link MunicipalityErrorCode}; the message names the value, where it was and what
 * was expected, in English ({@link #getMessage()}), bokmål or nynorsk ({@link #getMessage(Language)}). Unchecked.
 */
public class MunicipalityException extends RuntimeException implements CodedException {
  private static final long serialVersionUID = 1L;

  private final MunicipalityErrorCode errorCode;
  private final transient Object @Nullable [] args;

  /**
   * Creates an exception whose text comes from the module's message bundle.
   *
   * @param errorCode the stable code
   * @param cause the cause, or {@code null}
   * @param args the arguments of the code's message pattern
   */
  public MunicipalityException(MunicipalityErrorCode errorCode, @Nullable Throwable cause, Object... args) {
    super(format(Objects.requireNonNull(errorCode, "errorCode"), Language.EN, args), cause);
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
    return a == null ? String.valueOf(getMessage()) : format(errorCode, language, a);
  }

  /**
   * The message of a code in a language: an {@link CodeResolution.Outcome} argument is written as its label in that
   * language, a number as plain digits (line numbers, field counts: never "1 250").
   */
  static String format(MunicipalityErrorCode errorCode, Language language, Object[] args) {
    Object[] out = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      out[i] = a instanceof CodeResolution.Outcome o ? o.label(language)
          : a instanceof Number n ? String.valueOf(n) : a;
    }
    return errorCode.format(language, out);
  }
}
