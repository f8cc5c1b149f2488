package io.github.livskraft.indicators.progress;

import io.github.livskraft.indicators.IndicatorErrorCode;
import io.github.livskraft.sdg.Language;

/** SDSN trend arrows (Sustainable Development Report dashboards). */
public enum TrendArrow {
  /** ↑ On track or maintaining SDG achievement. */
  ON_TRACK("↑"),
  /** ➚ Moderately improving: at least 50 % of the required growth. */
  MODERATELY_IMPROVING("➚"),
  /** → Stagnating: growth between 0 and 50 % of the required growth. */
  STAGNATING("→"),
  /** ↓ Decreasing: moving away from the threshold. */
  DECREASING("↓"),
  /** • No trend data. */
  NO_DATA("•");

  private final String symbol;

  TrendArrow(String symbol) {
    this.symbol = symbol;
  }

  /** The arrow symbol, e.g. {@code ↑}. */
  public String symbol() {
    return symbol;
  }

  /**
   * The label.
   *
   * @param language the language
   * @return the label
   */
  public String label(Language language) {
    return IndicatorErrorCode.GENERAL.messages().pattern("TrendArrow." + name(), language);
  }
}
