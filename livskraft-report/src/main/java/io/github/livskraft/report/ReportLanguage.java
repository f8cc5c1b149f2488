package io.github.livskraft.report;

import io.github.livskraft.sdg.Language;
import java.util.Locale;

/** The report's language: bokmål (default) or English. */
public enum ReportLanguage {
  /** Norwegian bokmål. */
  NB,
  /** English. */
  EN;

  /** The catalogue language. */
  Language language() {
    return this == EN ? Language.EN : Language.NB;
  }

  /** The locale for number formatting. */
  Locale locale() {
    return this == EN ? Locale.UK : Locale.forLanguageTag("nb-NO");
  }

  /** {@code nb} or {@code en}. */
  String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
