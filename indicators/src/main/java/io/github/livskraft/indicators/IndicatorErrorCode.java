package io.github.livskraft.indicators;

import io.github.livskraft.sdg.ErrorCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.MessageBundle;
import java.util.Locale;
import java.util.Objects;

/**
 * Stable, searchable codes for the errors of the {@code indicators} module ({@code IND-0001} …), implementing the
 * project's {@link ErrorCode} contract. The texts live in the message bundle
 * {@code /livskraft-messages/indicators_en|nb|nn.properties}: the code's own key is the general message, keys
 * {@code IND-0005.…} are its variants and fragments ({@link #detail(String, Object...)}). The code is part of every
 * message, so users can search for it; it never changes meaning once released.
 */
public enum IndicatorErrorCode implements ErrorCode {
  /** An unclassified error. Arguments: detail. */
  GENERAL("IND-0000"),
  /** An indicator id is not in the library. Arguments: id. */
  UNKNOWN_INDICATOR("IND-0001"),
  /** A definition file is malformed (JSON syntax, missing or invalid field). Arguments: source, JSON path, expected. */
  DEFINITION_FORMAT("IND-0002"),
  /** Two definition files define the same id without an explicit override. Arguments: id, where. */
  DUPLICATE_DEFINITION("IND-0003"),
  /** A period text is not in a supported form. Arguments: text, what was expected. */
  PERIOD_FORMAT("IND-0004"),
  /** A series file (tidy CSV) is malformed. Arguments: source, line, where, what was expected. */
  SERIES_FORMAT("IND-0005"),
  /** Series do not fit together (different regions, units or frequencies). Arguments: detail. */
  SERIES_MISMATCH("IND-0006"),
  /** Invalid arguments to a calculator (e.g. a window of zero). Arguments: detail. */
  CALCULATION("IND-0007"),
  /** Invalid scoring or rating configuration (bounds, thresholds). Arguments: detail. */
  SCORING_CONFIG("IND-0008"),
  /** A region code or group is invalid. Arguments: detail. */
  REGION("IND-0009"),
  /**
   * A series file is over one of {@code SeriesCsvReader}'s limits. Arguments: source, what (a fragment naming the
   * line, the value and the limit), the builder method, the CLI option.
   */
  SERIES_LIMIT("IND-0010");

  private final String code;

  IndicatorErrorCode(String code) {
    this.code = code;
  }

  /** The stable code, e.g. {@code IND-0001}. */
  @Override
  public String code() {
    return code;
  }

  @Override
  public MessageBundle messages() {
    return Bundle.BUNDLE;
  }

  /**
   * The message in a language, starting with the code; {@link LocalizedText} arguments are put in that language.
   *
   * @param language the reader's language
   * @param args the arguments
   * @return the message
   */
  @Override
  public String format(Language language, Object... args) {
    return code + ": " + text(args).in(language);
  }

  /**
   * The message for a reader's locale ({@code nb}, {@code nn}, {@code no}; anything else gets English).
   *
   * @param locale the locale
   * @param args the arguments
   * @return the message, starting with the code
   */
  public String format(Locale locale, Object... args) {
    return format(Language.of(Objects.requireNonNull(locale, "locale")), args);
  }

  /**
   * The message without the code in bokmål, English and nynorsk.
   *
   * @param args the arguments
   * @return the text
   */
  public LocalizedText text(Object... args) {
    return LocalizedText.format(Bundle.BUNDLE, code, args);
  }

  /**
   * A variant or fragment of this code's message ({@code IND-0006.duplicate-period} …) in the three languages.
   *
   * @param variant the part of the key after the code and a dot
   * @param args the arguments
   * @return the text
   * @throws java.util.MissingResourceException if the bundle has no such key
   */
  public LocalizedText detail(String variant, Object... args) {
    return LocalizedText.format(Bundle.BUNDLE, code + "." + Objects.requireNonNull(variant, "variant"), args);
  }

  /** The indicators bundle, loaded on first use. */
  private static final class Bundle {
    static final MessageBundle BUNDLE = MessageBundle.load(IndicatorErrorCode.class, "indicators");
  }
}
