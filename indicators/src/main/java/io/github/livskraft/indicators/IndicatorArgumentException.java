package io.github.livskraft.indicators;

import io.github.livskraft.sdg.CodedException;
import io.github.livskraft.sdg.Language;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A value of the indicators model that cannot be built as given: an indicator id, source, formula, direction,
 * per-capita factor, progress threshold or reader limit out of its range ({@code IND-0011} and variants of
 * {@code IND-0007}, {@code IND-0008}, {@code IND-0010}). An {@link IllegalArgumentException}, because the caller
 * passed it; when it happens while a definition file is read, the reader reports it as {@code IND-0002} with the
 * file and JSON path. Carries a stable {@link IndicatorErrorCode} and its message in English
 * ({@link #getMessage()}), bokmål or nynorsk ({@link #getMessage(Language)}).
 */
public class IndicatorArgumentException extends IllegalArgumentException implements CodedException {
  private static final long serialVersionUID = 1L;

  private final IndicatorErrorCode errorCode;
  private final transient @Nullable LocalizedText text;

  /**
   * Creates the exception with a text from the bundle (a variant such as {@code code.detail("id", …)}).
   *
   * @param errorCode the stable code
   * @param text the message without the code, in the three languages
   */
  public IndicatorArgumentException(IndicatorErrorCode errorCode, LocalizedText text) {
    super(Objects.requireNonNull(errorCode, "errorCode").code() + ": " + text.in(Language.EN));
    this.errorCode = errorCode;
    this.text = text;
  }

  /**
   * A variant of a code: {@code IND-0011.<variant>} for {@code of(DEFINITION_VALUE, "id", id)}.
   *
   * @param errorCode the code
   * @param variant the part of the key after the code and a dot
   * @param args the arguments
   * @return the exception
   */
  public static IndicatorArgumentException of(IndicatorErrorCode errorCode, String variant, Object... args) {
    return new IndicatorArgumentException(errorCode, errorCode.detail(variant, args));
  }

  /** The stable error code. */
  @Override
  public IndicatorErrorCode errorCode() {
    return errorCode;
  }

  /**
   * The message in a language, starting with the code.
   *
   * @param language the reader's language
   * @return the message
   */
  @Override
  public String getMessage(Language language) {
    LocalizedText t = text;
    return t == null ? String.valueOf(getMessage()) : errorCode.code() + ": " + t.in(language);
  }

  /**
   * The message without the code in the three languages, e.g. to quote it inside another message.
   *
   * @return the text
   */
  public LocalizedText text() {
    LocalizedText t = text;
    return t == null ? LocalizedText.of(String.valueOf(getMessage()), String.valueOf(getMessage())) : t;
  }
}
