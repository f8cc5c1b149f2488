package io.github.livskraft.indicators;

import io.github.livskraft.sdg.Language;
import java.util.Objects;
import java.util.Optional;

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
      throw new IllegalArgumentException("Text needs both a bokmål and an English version, got nb='" + nb
          + "', en='" + en + "' / Teksten trenger både bokmål og engelsk");
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
