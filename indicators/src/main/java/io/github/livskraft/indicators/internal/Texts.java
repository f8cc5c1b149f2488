package io.github.livskraft.indicators.internal;

import io.github.livskraft.indicators.IndicatorArgumentException;
import io.github.livskraft.indicators.IndicatorErrorCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.LocalizedText;
import io.github.livskraft.sdg.TextProvenance;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The indicator library's own texts as sdg-core {@link LocalizedText}s (provenance {@link TextProvenance#COMMUNITY}):
 * the names, units, descriptions and caveats of the definitions (bokmål and English, nynorsk where given; a nynorsk
 * reader gets bokmål without it), and per-language labels of the module's enums.
 */
public final class Texts {
  /** The source of the definitions' texts. */
  public static final String DEFINITIONS = "livskraft-indicators";

  private Texts() {}

  /**
   * A definition text.
   *
   * @param nb bokmål (required, not blank)
   * @param en English (required, not blank)
   * @param nn nynorsk, or empty
   * @return the text
   * @throws IndicatorArgumentException ({@code IND-0011.text}) if bokmål or English is blank
   */
  public static LocalizedText of(String nb, String en, Optional<String> nn) {
    Objects.requireNonNull(nb, "nb");
    Objects.requireNonNull(en, "en");
    Objects.requireNonNull(nn, "nn");
    if (nb.isBlank() || en.isBlank() || nn.filter(String::isBlank).isPresent()) {
      throw IndicatorArgumentException.of(IndicatorErrorCode.DEFINITION_VALUE, "text", nb, en);
    }
    return LocalizedText.of(nb, nn.orElse(null), en, DEFINITIONS);
  }

  /**
   * A label of the module's bundle in the three languages, e.g. {@code ObservationStatus::label}.
   *
   * @param label the label of each language
   * @return the text
   */
  public static LocalizedText of(Function<Language, String> label) {
    return LocalizedText.of(label, TextProvenance.COMMUNITY, "livskraft-messages/indicators");
  }
}
