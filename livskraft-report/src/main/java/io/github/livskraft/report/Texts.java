package io.github.livskraft.report;

import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.LocalizedText;
import io.github.livskraft.sdg.TextProvenance;
import io.github.livskraft.sdg.TextVariant;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the report's own texts as sdg-core {@link LocalizedText}s (provenance {@link TextProvenance#COMMUNITY},
 * source {@value #SOURCE}). A text given without nynorsk is shown in bokmål to nynorsk readers (the
 * {@link LocalizedText} fallback); names and codes are the same in every language.
 */
final class Texts {
  static final String SOURCE = "livskraft-report";

  private Texts() {}

  /** A text in bokmål, nynorsk and English. */
  static LocalizedText of(String nb, String nn, String en) {
    List<TextVariant> v = new ArrayList<>(3);
    v.add(TextVariant.of(Language.NB, nonBlank(nb), TextProvenance.COMMUNITY, SOURCE));
    v.add(TextVariant.of(Language.NN, nonBlank(nn), TextProvenance.COMMUNITY, SOURCE));
    v.add(TextVariant.of(Language.EN, nonBlank(en), TextProvenance.COMMUNITY, SOURCE));
    return LocalizedText.of(v);
  }

  /** A text in bokmål and English (nynorsk readers get bokmål). */
  static LocalizedText of(String nb, String en) {
    return LocalizedText.of(TextVariant.of(Language.NB, nonBlank(nb), TextProvenance.COMMUNITY, SOURCE),
        TextVariant.of(Language.EN, nonBlank(en), TextProvenance.COMMUNITY, SOURCE));
  }

  /** A text from a per-language accessor, e.g. a plan-model enum's {@code label(Language)}. */
  static LocalizedText of(java.util.function.Function<Language, String> text) {
    return of(text.apply(Language.NB), text.apply(Language.NN), text.apply(Language.EN));
  }

  /** The same text in every language (names, codes). */
  static LocalizedText same(String all) {
    return of(all, all, all);
  }

  /** The indicator library's text (bokmål, English, nynorsk where it has one). */
  static LocalizedText from(io.github.livskraft.indicators.LocalizedText t) {
    return t.nn().map(nn -> of(t.nb(), nn, t.en())).orElseGet(() -> of(t.nb(), t.en()));
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
