package io.github.livskraft.indicators;

import java.util.Locale;

/**
 * Which values of an indicator are better (retning). Required on every definition: unlike Open SDG, Livskraft has
 * no silent default.
 */
public enum Direction {
  /** Higher values are better (e.g. kindergarten coverage). Open SDG: {@code positive}. */
  HIGHER_IS_BETTER,
  /** Lower values are better (e.g. greenhouse-gas emissions per inhabitant). Open SDG: {@code negative}. */
  LOWER_IS_BETTER,
  /** Values inside a target band are best; both too low and too high are worse. */
  TARGET_BAND;

  /** +1 for higher-is-better, −1 for lower-is-better, 0 for a band (the Open SDG factor {@code d}). */
  public int sign() {
    return switch (this) {
      case HIGHER_IS_BETTER -> 1;
      case LOWER_IS_BETTER -> -1;
      case TARGET_BAND -> 0;
    };
  }

  /**
   * Parses the enum name or the Open SDG words: {@code higher_is_better}, {@code higher}, {@code positive},
   * {@code lower_is_better}, {@code lower}, {@code negative}, {@code target_band}, {@code band}; case-insensitive.
   *
   * @param text the text
   * @return the direction
   * @throws IllegalArgumentException naming the text and the accepted words
   */
  public static Direction parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replace('-', '_');
    return switch (t) {
      case "higher_is_better", "higher", "positive", "up" -> HIGHER_IS_BETTER;
      case "lower_is_better", "lower", "negative", "down" -> LOWER_IS_BETTER;
      case "target_band", "band" -> TARGET_BAND;
      default -> throw IndicatorArgumentException.of(IndicatorErrorCode.DEFINITION_VALUE, "direction", text);
    };
  }
}
