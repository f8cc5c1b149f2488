package io.github.livskraft.tagger;

import io.github.livskraft.sdg.CodedException;
import io.github.livskraft.sdg.Language;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Base of every exception that the text tagger throws. Unchecked; carries a stable {@link TaggerErrorCode}.
 * {@link #getMessage()} gives the message in English and bokmål ("TAG-0042: no such rule file: x / finner ikke
 * regelfilen: x"), {@link #getMessage(Locale)} in the reader's language (English, bokmål or nynorsk).
 */
public class TaggingException extends RuntimeException implements CodedException {
  private static final long serialVersionUID = 1L;

  private final TaggerErrorCode errorCode;
  private final transient Object[] args;

  /**
   * Creates an exception.
   *
   * @param errorCode the stable code
   * @param cause the cause, or {@code null}
   * @param args the arguments of the code's message (the bad value, where it was)
   */
  public TaggingException(TaggerErrorCode errorCode, @Nullable Throwable cause, Object... args) {
    this("", errorCode, cause, args);
  }

  /** For subclasses that put a location ("file:line:column: ") before the message. */
  TaggingException(String prefix, TaggerErrorCode errorCode, @Nullable Throwable cause, Object... args) {
    super(prefix + errorCode.format(Language.EN, args), cause);
    this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    this.args = args.clone();
  }

  /** The stable error code. */
  public TaggerErrorCode errorCode() {
    return errorCode;
  }

  /**
   * The message in the reader's language, starting with the code.
   *
   * @param locale the reader's locale: {@code nb} (or {@code no}), {@code nn}, or English for anything else
   * @return the message
   */
  public String getMessage(Locale locale) {
    return errorCode.format(locale, Arrays.copyOf(args, args.length));
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
