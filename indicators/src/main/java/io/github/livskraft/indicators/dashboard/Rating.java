package io.github.livskraft.indicators.dashboard;

import io.github.livskraft.sdg.Language;

/**
 * Dashboard colours (SDSN): green = SDG achieved, yellow and orange = challenges remain, red = major challenges,
 * grey = insufficient data. On the continuous 0–4 band scale: red [0, 1), orange [1, 2), yellow [2, 3),
 * green [3, 4].
 */
public enum Rating {
  /** SDG achieved (band position ≥ 3). */
  GREEN("#2e9e44", "Målet er nådd", "SDG achieved"),
  /** Challenges remain (band position in [2, 3)). */
  YELLOW("#f2c500", "Utfordringer gjenstår", "Challenges remain"),
  /** Significant challenges (band position in [1, 2)). */
  ORANGE("#f07d00", "Betydelige utfordringer", "Significant challenges remain"),
  /** Major challenges (band position in [0, 1)). */
  RED("#d7191c", "Store utfordringer", "Major challenges remain"),
  /** Insufficient data. */
  GREY("#9e9e9e", "Mangler data", "Insufficient data");

  private final String hex;
  private final String nb;
  private final String en;

  Rating(String hex, String nb, String en) {
    this.hex = hex;
    this.nb = nb;
    this.en = en;
  }

  /** A display colour, e.g. {@code #2e9e44}. */
  public String hex() {
    return hex;
  }

  /**
   * The label.
   *
   * @param language the language (nn uses the bokmål label)
   * @return the label
   */
  public String label(Language language) {
    return language == Language.EN ? en : nb;
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
