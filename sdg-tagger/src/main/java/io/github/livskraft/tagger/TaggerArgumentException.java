package io.github.livskraft.tagger;

import io.github.livskraft.sdg.CodedException;
import io.github.livskraft.sdg.Language;
import java.util.Arrays;
import java.util.Objects;

/**
 * A tagger option out of its range ({@code TAG-0046}, {@code TAG-0047}: a threshold that is not a positive number, a
 * relative threshold outside 0 to 1). An {@link IllegalArgumentException}, because the caller passed it, carrying a
 * stable {@link TaggerErrorCode} and its message in English ({@link #getMessage()}), bokmål or nynorsk
 * ({@link #getMessage(Language)}).
 */
public class TaggerArgumentException extends IllegalArgumentException implements CodedException {
  private static final long serialVersionUID = 1L;

  private final TaggerErrorCode errorCode;
  private final transient Object[] args;

  /**
   * Creates the exception.
   *
   * @param errorCode the stable code
   * @param args the arguments of the code's message (the bad value)
   */
  public TaggerArgumentException(TaggerErrorCode errorCode, Object... args) {
    super(Objects.requireNonNull(errorCode, "errorCode").format(Language.EN, args));
    this.errorCode = errorCode;
    this.args = args.clone();
  }

  /** The stable error code. */
  @Override
  public TaggerErrorCode errorCode() {
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
    return errorCode.format(language, Arrays.copyOf(args, args.length));
  }
}
