package io.github.livskraft.sdg;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Objects;

/**
 * A stable, searchable error code (e.g. {@code SDG-0004}, {@code JSONSTAT-0007}) whose message texts live in the
 * owning module's message bundle in English, bokmål and nynorsk ({@link MessageBundle}). Every Livskraft module
 * keeps its codes in one enum implementing this interface.
 *
 * <p>An enum names its bundle with {@link Bundle @ErrorCode.Bundle}; {@link #messages()} then loads it once, on
 * first use, so the enum holds only its constants and their codes:
 *
 * <pre>{@code
 * @ErrorCode.Bundle("casework")   // /livskraft-messages/casework_en|nb|nn.properties
 * enum CaseErrorCode implements ErrorCode {
 *   EMPTY_DOCUMENT("CASE-0001");
 *   private final String code;
 *   CaseErrorCode(String code) { this.code = code; }
 *   public String code() { return code; }
 * }
 * CaseErrorCode.EMPTY_DOCUMENT.format(Language.NN, "sak.pdf");   // "CASE-0001: Dokumentet sak.pdf er tomt …"
 * }</pre>
 */
public interface ErrorCode {
  /**
   * The name of the message bundle of an {@link ErrorCode} type: {@code "casework"} for
   * {@code /livskraft-messages/casework_en|nb|nn.properties}, found through the annotated type's class loader.
   */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @interface Bundle {
    /**
     * The bundle name.
     *
     * @return e.g. {@code "casework"}
     */
    String value();
  }

  /**
   * The stable code, also the key of the message in the bundle.
   *
   * @return e.g. {@code "SDG-0004"}
   */
  String code();

  /**
   * The bundle that holds this code's texts: by default the one its type names with {@link Bundle}, loaded once on
   * first use (an enum constant with a body uses its enum's annotation).
   *
   * @return the owning module's message bundle
   * @throws IllegalStateException if the type neither names a bundle nor overrides this method
   * @throws java.util.MissingResourceException if one of the three files is missing
   */
  default MessageBundle messages() {
    return MessageBundle.of(this instanceof Enum<?> e ? e.getDeclaringClass() : getClass());
  }

  /**
   * A fragment of this code's message ({@code KOSTRA-0013.selection}, {@code SERVER-0002.missing} …): the key
   * {@code <code>.<variant>} of the code's bundle with its arguments, to pass as an argument of a message (or to
   * keep as a translatable text) that is written in the reader's language ({@link MessageFragment}).
   *
   * @param variant the part of the key after the code and a dot
   * @param args the values of the key's pattern
   * @return the fragment
   * @throws java.util.MissingResourceException if a language of the bundle lacks the key
   */
  default MessageFragment fragment(String variant, Object... args) {
    return MessageFragment.of(messages(), code() + "." + Objects.requireNonNull(variant, "variant"), args);
  }

  /**
   * This code's own message without the code, as a {@link MessageFragment} (numbers as plain digits): to keep as a
   * text in the three languages, or to quote inside another message.
   *
   * @param args the values of the code's pattern
   * @return the fragment
   */
  default MessageFragment message(Object... args) {
    return MessageFragment.of(messages(), code(), args);
  }

  /**
   * The message in a language, starting with the code: {@code "SDG-0001: Invalid SDG goal code '18': …"}.
   *
   * @param language the reader's language
   * @param args the arguments of the message pattern ({@link java.text.MessageFormat} syntax)
   * @return the formatted message
   * @throws java.util.MissingResourceException if the bundle has no text for this code (a test in every module
   *     prevents that)
   */
  default String format(Language language, Object... args) {
    return code() + ": " + messages().format(code(), language, args);
  }

  /**
   * The message in a language, starting with the code, with every number argument written as plain digits (a year
   * stays {@code 2024}, never {@code 2 024}) and {@link MessageFragment} arguments in the same language: for codes
   * whose numbers are years, line numbers and counts rather than amounts. An enum chooses it by overriding
   * {@link #format(Language, Object...)} with a call to this method.
   *
   * @param language the reader's language
   * @param args the arguments of the message pattern
   * @return the formatted message
   */
  default String formatPlainNumbers(Language language, Object... args) {
    return code() + ": " + message(args).text(language);
  }

  /**
   * The message for a reader's locale, starting with the code: bokmål for {@code nb} and {@code no}, nynorsk for
   * {@code nn}, English for every other locale ({@link Language#of(Locale)}).
   *
   * @param locale the reader's locale
   * @param args the arguments of the message pattern
   * @return the formatted message
   */
  default String format(Locale locale, Object... args) {
    return format(Language.of(Objects.requireNonNull(locale, "locale")), args);
  }
}
