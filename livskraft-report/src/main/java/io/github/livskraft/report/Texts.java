package io.github.livskraft.report;

import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.LocalizedText;
import io.github.livskraft.sdg.MessageFragment;
import io.github.livskraft.sdg.TextProvenance;

/**
 * Makes the report's own texts as sdg-core {@link LocalizedText}s (provenance {@link TextProvenance#COMMUNITY},
 * source {@value #SOURCE}). Every text has nynorsk; the fixed ones come from the module's bundle
 * ({@link #text(String, Object...)}); names and codes are the same in every language.
 */
final class Texts {
  static final String SOURCE = "livskraft-report";

  private Texts() {}

  /** A text in bokmål, nynorsk and English. */
  static LocalizedText of(String nb, String nn, String en) {
    return LocalizedText.of(nonBlank(nb), nonBlank(nn), nonBlank(en), SOURCE);
  }

  /**
   * One of the report's own texts, {@code text.<key>} in {@code /livskraft-messages/report_en|nb|nn.properties}
   * (a {@link java.text.MessageFormat} pattern), in the three languages, made from a {@link MessageFragment}: a
   * {@link LocalizedText} or fragment argument is put in each text's language, a number is written as plain digits
   * (a year stays 2024).
   *
   * @param key the key after {@code text.}
   * @param args the pattern's arguments
   * @return the text
   * @throws java.util.MissingResourceException if a language lacks the key
   */
  static LocalizedText text(String key, Object... args) {
    return of(MessageFragment.of(ReportErrorCode.DATA, "text." + key, args)::text);
  }

  /** A text from a per-language accessor, e.g. a plan-model enum's {@code label(Language)}. */
  static LocalizedText of(java.util.function.Function<Language, String> text) {
    return of(text.apply(Language.NB), text.apply(Language.NN), text.apply(Language.EN));
  }

  /** The same text in every language (names, codes). */
  static LocalizedText same(String all) {
    return of(all, all, all);
  }

  /** Joins the texts of each language with {@code separator} between them. */
  static LocalizedText concat(LocalizedText a, String separator, LocalizedText b) {
    return of(a.text(Language.NB) + separator + b.text(Language.NB), a.text(Language.NN) + separator
        + b.text(Language.NN), a.text(Language.EN) + separator + b.text(Language.EN));
  }

  private static String nonBlank(String s) {
    return s.isBlank() ? "–" : s;
  }
}
