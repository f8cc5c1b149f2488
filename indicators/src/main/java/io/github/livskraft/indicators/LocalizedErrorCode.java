package io.github.livskraft.indicators;

import io.github.livskraft.sdg.ErrorCode;
import io.github.livskraft.sdg.Language;
import java.util.Objects;

/**
 * An {@link ErrorCode} whose messages are built as a {@link LocalizedText} in the three languages at once, with
 * variants and fragments below the code ({@code IND-0005.expect.header}, {@code PLAN-V040.municipality}): the
 * contract of the codes of {@code indicators}, {@code plan-model} and {@code livskraft-report}. An argument that is
 * a {@link LocalizedText} (a fragment) is put in each message's language; every other argument is written with
 * {@link String#valueOf(Object)}, so a year stays 2024.
 */
public interface LocalizedErrorCode extends ErrorCode {
  /**
   * The message in a language, starting with the code; {@link LocalizedText} arguments are put in that language.
   *
   * @param language the reader's language
   * @param args the arguments
   * @return the message
   */
  @Override
  default String format(Language language, Object... args) {
    return code() + ": " + text(args).in(language);
  }

  /**
   * The message without the code in bokmål, English and nynorsk.
   *
   * @param args the arguments
   * @return the text
   */
  default LocalizedText text(Object... args) {
    return LocalizedText.format(messages(), code(), args);
  }

  /**
   * A variant or fragment of this code's message ({@code IND-0006.duplicate-period} …) in the three languages.
   *
   * @param variant the part of the key after the code and a dot
   * @param args the arguments
   * @return the text
   * @throws java.util.MissingResourceException if the bundle has no such key
   */
  default LocalizedText detail(String variant, Object... args) {
    return LocalizedText.format(messages(), code() + "." + Objects.requireNonNull(variant, "variant"), args);
  }
}
