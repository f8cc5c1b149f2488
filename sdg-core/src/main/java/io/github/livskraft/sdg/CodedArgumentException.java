package io.github.livskraft.sdg;

import java.util.Arrays;
import java.util.Objects;

/**
 * An argument out of its range, with a stable code of the throwing module ({@code SDG-0006} for a search limit below
 * 1, {@code JSONSTAT-0020} for a reader limit, {@code CASE-0018} for an assessor option …). An
 * {@link IllegalArgumentException}, because the caller passed it, so callers that catch one keep working; its text
 * comes from the code's bundle in English ({@link #getMessage()}), bokmål or nynorsk ({@link #getMessage(Language)}).
 * Modules whose codes build their messages otherwise have their own ({@code IndicatorArgumentException},
 * {@code KostraArgumentException}, {@code PlanArgumentException}).
 */
public class CodedArgumentException extends IllegalArgumentException implements CodedException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode errorCode;
  private final transient Object[] args;

  /**
   * Creates the exception.
   *
   * @param errorCode the stable code
   * @param args the arguments of the code's message (the argument's name, the bad value)
   */
  public CodedArgumentException(ErrorCode errorCode, Object... args) {
    super(Objects.requireNonNull(errorCode, "errorCode").format(Language.EN, plain(args)));
    this.errorCode = errorCode;
    this.args = plain(args);
  }

  /** Numbers as plain digits, never "1,000". */
  private static Object[] plain(Object[] args) {
    return Arrays.stream(args).map(a -> a instanceof Number n ? String.valueOf(n) : a).toArray();
  }

  /** The stable error code. */
  @Override
  public ErrorCode errorCode() {
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
    return errorCode.format(language, args.clone());
  }
}
