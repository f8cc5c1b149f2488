package io.github.livskraft.indicators;

import io.github.livskraft.sdg.CodedArgumentException;
import io.github.livskraft.sdg.MessageFragment;
import java.util.Objects;

/**
 * A value a caller passed to the indicator library that is out of its range: a definition's id, decimals, target or
 * source, a progress threshold, a percentile, a per-capita factor. A {@link CodedArgumentException} (so an
 * {@link IllegalArgumentException}, because the caller passed it) whose code is an {@link IndicatorErrorCode} and
 * whose message, after the code, is a variant of it ({@code IND-0011.decimals}) in English ({@link #getMessage()}),
 * bokmål or nynorsk ({@link #getMessage(io.github.livskraft.sdg.Language)}).
 */
public class IndicatorArgumentException extends CodedArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a text from the bundle (a variant such as {@code code.fragment("id", …)}).
   *
   * @param errorCode the stable code
   * @param text the message without the code
   */
  public IndicatorArgumentException(IndicatorErrorCode errorCode, MessageFragment text) {
    super(Objects.requireNonNull(text, "text"), errorCode);
  }

  /**
   * The exception with a variant of the code's message.
   *
   * @param errorCode the code
   * @param variant the variant after the code and a dot, e.g. {@code "decimals"}
   * @param args the variant's arguments
   * @return the exception
   */
  public static IndicatorArgumentException of(IndicatorErrorCode errorCode, String variant, Object... args) {
    return new IndicatorArgumentException(errorCode, errorCode.fragment(variant, args));
  }

  /** The stable error code. */
  @Override
  public IndicatorErrorCode errorCode() {
    return (IndicatorErrorCode) super.errorCode();
  }

  /**
   * The message without the code, e.g. to quote it inside another message; after deserialisation (which keeps only
   * the English message) the code's own message with that English text.
   *
   * @return the text in any language
   */
  public MessageFragment text() {
    MessageFragment t = fragment();
    return t != null ? t : IndicatorErrorCode.GENERAL.message(String.valueOf(getMessage()));
  }
}
