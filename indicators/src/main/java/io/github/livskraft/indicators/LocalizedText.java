package io.github.livskraft.indicators;

import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.MessageBundle;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A short text in bokmål, English and (optionally) nynorsk, with the explicit fallback {@code nn → nb → en}.
 * Immutable and thread-safe.
 *
 * @param nb Norwegian bokmål (required)
 * @param en English (required)
 * @param nn Norwegian nynorsk, or empty
 */
public record LocalizedText(String nb, String en, Optional<String> nn) {

  /** Validates that nb and en are non-blank. */
  public LocalizedText {
    Objects.requireNonNull(nb, "nb");
    Objects.requireNonNull(en, "en");
    Objects.requireNonNull(nn, "nn");
    if (nb.isBlank() || en.isBlank()) {
      throw IndicatorArgumentException.of(IndicatorErrorCode.DEFINITION_VALUE, "text", nb, en);
    }
  }

  /**
   * Text in bokmål and English.
   *
   * @param nb bokmål
   * @param en English
   * @return the text
   */
  public static LocalizedText of(String nb, String en) {
    return new LocalizedText(nb, en, Optional.empty());
  }

  /**
   * A message from a bundle in bokmål, English and nynorsk. An argument that is a {@link LocalizedText} (or sdg-core's
   * {@link io.github.livskraft.sdg.LocalizedText}) is put in the language of each text, so a message can carry a
   * translated fragment; every other argument is written with {@link String#valueOf(Object)} (no locale number
   * grouping: a year stays 2024).
   *
   * @param bundle the module's message bundle
   * @param key the key, e.g. {@code IND-0005} or {@code IND-0005.expect.header}
   * @param args the pattern's arguments
   * @return the text in the three languages
   * @throws java.util.MissingResourceException if a language lacks the key
   */
  public static LocalizedText format(MessageBundle bundle, String key, Object... args) {
    Objects.requireNonNull(bundle, "bundle");
    Objects.requireNonNull(key, "key");
    return new LocalizedText(render(bundle, key, Language.NB, args), render(bundle, key, Language.EN, args),
        Optional.of(render(bundle, key, Language.NN, args)));
  }

  /**
   * A text from a per-language accessor, e.g. an enum's {@code label(Language)}.
   *
   * @param text the text of each language
   * @return the text in the three languages
   */
  public static LocalizedText of(Function<Language, String> text) {
    return new LocalizedText(text.apply(Language.NB), text.apply(Language.EN), Optional.of(text.apply(Language.NN)));
  }

  private static String render(MessageBundle bundle, String key, Language language, Object... args) {
    Object[] a = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      Object v = args[i];
      a[i] = v instanceof LocalizedText t ? t.in(language)
          : v instanceof io.github.livskraft.sdg.LocalizedText s ? s.text(language) : String.valueOf(v);
    }
    return bundle.format(key, language, a);
  }

  /**
   * The text in a language, falling back nn → nb → en.
   *
   * @param language the language
   * @return the text
   */
  public String in(Language language) {
    return switch (language) {
      case NB -> nb;
      case EN -> en;
      case NN -> nn.orElse(nb);
    };
  }
}
