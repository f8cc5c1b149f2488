package io.github.livskraft.indicators.dashboard;

import io.github.livskraft.indicators.IndicatorErrorCode;
import io.github.livskraft.sdg.Language;

/**
 * Dashboard colours (SDSN): green = SDG achieved, yellow and orange = challenges remain, red = major challenges,
 * grey = insufficient data. On the continuous 0–4 band scale: red [0, 1), orange [1, 2), yellow [2, 3),
 * green [3, 4].
 */
public enum Rating {
  /** SDG achieved (band position ≥ 3). */
  GREEN("#2e9e44"),
  /** Challenges remain (band position in [2, 3)). */
  YELLOW("#f2c500"),
  /** Significant challenges (band position in [1, 2)). */
  ORANGE("#f07d00"),
  /** Major challenges (band position in [0, 1)). */
  RED("#d7191c"),
  /** Insufficient data. */
  GREY("#9e9e9e");

  private final String hex;

  Rating(String hex) {
    this.hex = hex;
  }

  /** A display colour, e.g. {@code #2e9e44}. */
  public String hex() {
    return hex;
  }

  /**
   * The label.
   *
   * @param language the language
   * @return the label
   */
  public String label(Language language) {
    return IndicatorErrorCode.GENERAL.messages().pattern("Rating." + name(), language);
  }

  /**
   * The colour of a continuous band position (SDSN cut-offs: &lt;1 red, &lt;2 orange, &lt;3 yellow, ≥3 green).
   *
   * @param position the position in [0, 4], or NaN for grey
   * @return the rating
   */
  public static Rating ofBandPosition(double position) {
    if (Double.isNaN(position)) {
      return GREY;
    }
    if (position < 1) {
      return RED;
    }
    if (position < 2) {
      return ORANGE;
    }
    if (position < 3) {
      return YELLOW;
    }
    return GREEN;
  }
}
