package io.github.livskraft.spark;

import io.github.livskraft.sdg.CodedException;
import io.github.livskraft.sdg.IoReason;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.MessageFragment;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Bad input to a Livskraft Spark function or panel: a stable {@linkplain #errorCode() code} ({@link SparkErrorCode}),
 * the value and where it was, and what was expected, in English, bokmål and nynorsk
 * ({@link #getMessage(Locale)}; {@link #getMessage()} is English).
 *
 * <ul>
 *   <li>{@code SPARK-0001}: an unknown language tag (expected {@code en}, {@code nb} or {@code nn}).
 *   <li>{@code SPARK-0002}: a DataFrame lacks a required column.
 *   <li>{@code SPARK-0003}: a panel input violates the panel's rules (a population-weighted mean without population).
 *   <li>{@code SPARK-0004}: a document could not be read by a file format library in a way the casework reader
 *       does not name (reported in {@code sdg_assess}'s {@code error_code} column, not thrown).
 * </ul>
 */
public final class LivskraftSparkException extends RuntimeException implements CodedException {
  private static final long serialVersionUID = 2L;

  private final SparkErrorCode errorCode;
  private final String[] args;
  /** The arguments as given (fragments put in each language); not serialized, then {@link #args} (English) stand. */
  private final transient Object @Nullable [] parts;

  /**
   * Creates the exception.
   *
   * @param errorCode the code
   * @param cause the cause, if any
   * @param args the arguments of the code's message (values, or sdg-core {@code MessageFragment}s written in the
   *     message's language; kept as English text too, so the exception stays serializable)
   */
  public LivskraftSparkException(SparkErrorCode errorCode, @Nullable Throwable cause, Object... args) {
    super(errorCode.format(Language.EN, args.clone()), cause);
    this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    this.args = text(args);
    this.parts = args.clone();
  }

  private static String[] text(Object[] args) {
    String[] out = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      out[i] = String.valueOf(args[i]);
    }
    return out;
  }

  /**
   * {@code SPARK-0004}: a document that a file format library failed to read.
   *
   * @param source the file
   * @param cause what the library threw
   * @return the exception
   */
  public static LivskraftSparkException unreadable(String source, Throwable cause) {
    return new LivskraftSparkException(SparkErrorCode.UNREADABLE_DOCUMENT, cause, source, reason(cause));
  }

  /** Why, in our own words by the kind of the failure; never the library's text or its class name. */
  private static MessageFragment reason(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof IOException io) {
        return IoReason.of(io);
      }
    }
    return SparkErrorCode.UNREADABLE_DOCUMENT.fragment("format");
  }

  /** The code. */
  public SparkErrorCode errorCode() {
    return errorCode;
  }

  /** The stable code text, e.g. {@code SPARK-0001}. */
  public String code() {
    return errorCode.code();
  }

  /**
   * The message in a language: bokmål ({@code nb}, {@code no}), nynorsk ({@code nn}) or English (anything else).
   *
   * @param locale the reader's locale
   * @return the message, starting with the code
   */
  public String getMessage(Locale locale) {
    Object[] p = parts;
    return errorCode.format(Language.of(locale), p != null ? p.clone() : (Object[]) args);
  }

  /**
   * The message in the given language ({@link #getMessage(Locale)} with the language's locale).
   *
   * @param language the reader's language
   * @return the localized message, starting with the error code
   */
  @Override
  public String getMessage(Language language) {
    return getMessage(language.locale());
  }
}
