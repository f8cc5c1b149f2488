package io.github.livskraft.indicators.progress;

import io.github.livskraft.sdg.Language;

/** SDSN trend arrows (Sustainable Development Report dashboards). */
public enum TrendArrow {
  /** ↑ On track or maintaining SDG achievement. */
  ON_TRACK("↑", "I rute eller holder målet", "On track or maintaining SDG achievement"),
  /** ➚ Moderately improving: at least 50 % of the required growth. */
  MODERATELY_IMPROVING("➚", "Moderat forbedring", "Moderately improving"),
  /** → Stagnating: growth between 0 and 50 % of the required growth. */
  STAGNATING("→", "Stagnerer", "Stagnating"),
  /** ↓ Decreasing: moving away from the threshold. */
  DECREASING("↓", "Går i feil retning", "Decreasing"),
  /** • No trend data. */
  NO_DATA("•", "Ingen trenddata", "Trend information unavailable");

  private final String symbol;
  private final String nb;
  private final String en;

  TrendArrow(String symbol, String nb, String en) {
    this.symbol = symbol;
    this.nb = nb;
    this.en = en;
  }

  /** The arrow symbol, e.g. {@code ↑}. */
  public String symbol() {
    return symbol;
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
}
