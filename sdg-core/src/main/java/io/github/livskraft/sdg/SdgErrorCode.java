package io.github.livskraft.sdg;

import java.util.Locale;
import java.util.Objects;

/**
 * Stable, searchable codes for every error that {@code sdg-core} reports, with the message text in English and
 * Norwegian (bokmål). Nynorsk users get the bokmål text.
 *
 * <p>The code ({@code SDG-0001} …) never changes meaning once released; the wording may improve.
 */
public enum SdgErrorCode {
  /** A goal code that is not 1–17 or not a number. */
  INVALID_GOAL_CODE("SDG-0001",
      "Invalid SDG goal code ''{0}'': expected a whole number from 1 to 17, e.g. \"11\"",
      "Ugyldig kode for bærekraftsmål ''{0}'': forventet et heltall fra 1 til 17, f.eks. \"11\""),
  /** A target code that does not match {@code goal.suffix}. */
  INVALID_TARGET_CODE("SDG-0002",
      "Invalid SDG target code ''{0}'': expected goal.number or goal.letter, e.g. \"11.6\" or \"17.a\"",
      "Ugyldig kode for delmål ''{0}'': forventet mål.nummer eller mål.bokstav, f.eks. \"11.6\" eller \"17.a\""),
  /** An indicator code that does not match {@code goal.suffix.number}. */
  INVALID_INDICATOR_CODE("SDG-0003",
      "Invalid SDG indicator code ''{0}'': expected goal.target.number, e.g. \"11.6.1\" or \"1.a.2\"",
      "Ugyldig indikatorkode ''{0}'': forventet mål.delmål.nummer, f.eks. \"11.6.1\" eller \"1.a.2\""),
  /** A well-formed code that the catalogue does not contain. Arguments: code, entry type ordinal, edition. */
  UNKNOWN_CODE("SDG-0004",
      "Unknown {1,choice,0#goal|1#target|2#indicator} ''{0}'': not in the catalogue edition {2}",
      "Ukjent {1,choice,0#mål|1#delmål|2#indikator} ''{0}'': finnes ikke i katalogutgaven {2}"),
  /** A catalogue resource that cannot be read or parsed. */
  CATALOGUE_FORMAT("SDG-0005",
      "Cannot read the SDG catalogue: {0}",
      "Kan ikke lese bærekraftskatalogen: {0}");

  private final String code;
  private final String english;
  private final String norwegian;

  SdgErrorCode(String code, String english, String norwegian) {
    this.code = code;
    this.english = english;
    this.norwegian = norwegian;
  }

  /** The stable code, e.g. {@code SDG-0001}. */
  public String code() {
    return code;
  }

  /**
   * Formats the message for a locale: Norwegian ({@code nb}, {@code nn}, {@code no}) or English (everything else).
   *
   * @param locale the reader's locale
   * @param args the arguments of the message pattern
   * @return the message prefixed by the code
   */
  public String format(Locale locale, Object... args) {
    Objects.requireNonNull(locale, "locale");
    String lang = locale.getLanguage();
    boolean norwegian = "nb".equals(lang) || "nn".equals(lang) || "no".equals(lang);
    java.text.MessageFormat format =
        new java.text.MessageFormat(norwegian ? this.norwegian : english, norwegian ? Locale.forLanguageTag("nb") : Locale.ROOT);
    return code + ": " + format.format(args);
  }
}
