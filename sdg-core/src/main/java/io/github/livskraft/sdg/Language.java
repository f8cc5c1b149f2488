package io.github.livskraft.sdg;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The languages Livskraft carries text in: English, Norwegian bokmål and Norwegian nynorsk.
 *
 * <p>Fallback for display text is explicit (never the JDK's {@code ResourceBundle} chain, which does not reach
 * {@code nb} from {@code nn}): {@code nn → nb → en}, {@code nb → nn → en}, {@code en} alone.
 */
public enum Language {
  /** English ({@code en}). */
  EN("en"),
  /** Norwegian bokmål ({@code nb}; also chosen for the macro-language tag {@code no}). */
  NB("nb"),
  /** Norwegian nynorsk ({@code nn}). */
  NN("nn");

  private final String tag;
  /** {@code Locale.forLanguageTag(tag)}, made once: it is asked for on every formatted message. */
  private final Locale locale;

  Language(String tag) {
    this.tag = tag;
    this.locale = Locale.forLanguageTag(tag);
  }

  /** The BCP 47 language tag: {@code en}, {@code nb} or {@code nn}. */
  public String tag() {
    return tag;
  }

  /** The {@link Locale} for this language. */
  public Locale locale() {
    return locale;
  }

  /**
   * The language for a tag or locale name: {@code en}, {@code nb}, {@code nn}, {@code no} (→ bokmål),
   * {@code nb-NO}, {@code nn_NO}, {@code no-NO-NY} (→ nynorsk); case-insensitive.
   *
   * @param tag the tag
   * @return the language, or empty if it is none of the three
   */
  public static Optional<Language> fromTag(String tag) {
    Objects.requireNonNull(tag, "tag");
    String t = tag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    if (t.equals("no-no-ny") || t.startsWith("nn")) {
      return Optional.of(NN);
    }
    if (t.startsWith("nb") || t.equals("no") || t.startsWith("no-")) {
      return Optional.of(NB);
    }
    if (t.equals("en") || t.startsWith("en-")) {
      return Optional.of(EN);
    }
    return Optional.empty();
  }

  /**
   * The language for a locale, falling back to English for any language other than Norwegian.
   *
   * @param locale the locale
   * @return the language
   */
  public static Language of(Locale locale) {
    return fromTag(Objects.requireNonNull(locale, "locale").toLanguageTag()).orElse(EN);
  }

  /** The display fallback chain starting with this language, e.g. {@code [NN, NB, EN]}. */
  public java.util.List<Language> fallbackChain() {
    return switch (this) {
      case EN -> java.util.List.of(EN);
      case NB -> java.util.List.of(NB, NN, EN);
      case NN -> java.util.List.of(NN, NB, EN);
    };
  }
}
