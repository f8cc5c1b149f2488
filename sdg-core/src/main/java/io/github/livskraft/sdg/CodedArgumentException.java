package io.github.livskraft.sdg;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An argument out of its range, with a stable code of the throwing module ({@code SDG-0006} for a search limit below
 * 1, {@code JSONSTAT-0020} for a reader limit, {@code CASE-0018} for an assessor option …). An
 * {@link IllegalArgumentException}, because the caller passed it, so callers that catch one keep working; its text
 * comes from the code's bundle in English ({@link #getMessage()}), bokmål or nynorsk ({@link #getMessage(Language)}).
 *
 * <p>The message is either the code's own pattern with arguments ({@link #CodedArgumentException(ErrorCode,
 * Object...)}; a {@link MessageFragment} argument is written in the same language) or, for a code whose variants state
 * the whole problem ({@code IND-0011.id}), a fragment after the code
 * ({@link #CodedArgumentException(MessageFragment, ErrorCode)}). A module that wants callers to catch its own type
 * ({@code IndicatorArgumentException}, {@code KostraArgumentException}, {@code TaggerArgumentException} …) subclasses
 * this one and adds only its code type.
 */
public class CodedArgumentException extends IllegalArgumentException implements CodedException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode errorCode;
  private final transient Object @Nullable [] args;
  private final transient @Nullable MessageFragment text;

  /**
   * Creates the exception from the code's own message.
   *
   * @param errorCode the stable code
   * @param args the arguments of the code's message (the argument's name, the bad value, a fragment)
   */
  public CodedArgumentException(ErrorCode errorCode, Object... args) {
    super(Objects.requireNonNull(errorCode, "errorCode").format(Language.EN, plain(args)));
    this.errorCode = errorCode;
    this.args = plain(args);
    this.text = null;
  }

  /**
   * Creates the exception whose message is the code followed by a fragment, e.g. {@code "IND-0011: "} and the variant
   * {@code IND-0011.decimals} ({@link ErrorCode#fragment(String, Object...)}).
   *
   * @param text the message after the code
   * @param errorCode the stable code
   */
  protected CodedArgumentException(MessageFragment text, ErrorCode errorCode) {
    super(Objects.requireNonNull(errorCode, "errorCode").code() + ": " + text.text(Language.EN));
    this.errorCode = errorCode;
    this.args = null;
    this.text = text;
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
   * The message after the code, if it was made from a fragment ({@link #CodedArgumentException(MessageFragment,
   * ErrorCode)}).
   *
   * @return the fragment, or {@code null} (also after deserialisation, which keeps only the English message)
   */
  protected @Nullable MessageFragment fragment() {
    return text;
  }

  /**
   * The message in a language, starting with the code.
   *
   * @param language the reader's language
   * @return the message
   */
  @Override
  public String getMessage(Language language) {
    MessageFragment t = text;
    Object[] a = args;
    return t != null ? errorCode.code() + ": " + t.text(language)
        : a != null ? errorCode.format(language, a.clone()) : String.valueOf(getMessage());
  }
}
