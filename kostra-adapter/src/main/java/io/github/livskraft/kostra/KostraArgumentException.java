package io.github.livskraft.kostra;

import io.github.livskraft.sdg.CodedException;
import io.github.livskraft.sdg.Language;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An argument of the adapter's API that is out of range ({@code KOSTRA-0013}): a selection expression such as
 * {@code top(x)}, a table id, a query that selects a variable twice, a connection, retry or rate-limit option. An
 * {@link IllegalArgumentException}, because the caller passed it, carrying a stable {@link KostraErrorCode} and its
 * message in English ({@link #getMessage()}), bokmål or nynorsk ({@link #getMessage(Language)}).
 */
public class KostraArgumentException extends IllegalArgumentException implements CodedException {
  private static final long serialVersionUID = 1L;

  private final transient KostraErrorCode.@Nullable Detail detail;

  /**
   * Creates the exception from a fragment of the kostra bundle ({@code KOSTRA-0013.<what>}).
   *
   * @param key the part of the key after {@code KOSTRA-0013.}
   * @param args the fragment's arguments
   */
  public KostraArgumentException(String key, Object... args) {
    this(KostraErrorCode.detail(KostraErrorCode.INVALID_ARGUMENT.code() + "." + Objects.requireNonNull(key, "key"),
        args));
  }

  private KostraArgumentException(KostraErrorCode.Detail detail) {
    super(KostraErrorCode.INVALID_ARGUMENT.format(Language.EN, detail.in(Language.EN)));
    this.detail = detail;
  }

  /** @return {@link KostraErrorCode#INVALID_ARGUMENT} */
  @Override
  public KostraErrorCode errorCode() {
    return KostraErrorCode.INVALID_ARGUMENT;
  }

  /**
   * The message in a language, starting with the code.
   *
   * @param language English, bokmål or nynorsk
   * @return the message
   */
  @Override
  public String getMessage(Language language) {
    KostraErrorCode.Detail d = detail;
    return d == null ? String.valueOf(getMessage()) : KostraErrorCode.INVALID_ARGUMENT.format(language, d.in(language));
  }
}
