package io.github.livskraft.casework;

import io.github.livskraft.sdg.Language;

/** The direction of a case's effect on a goal (virkning). */
public enum Impact {
  /** Positive (positiv virkning). */
  POSITIVE("positiv", "positiv", "positive"),
  /** Negative (negativ virkning). */
  NEGATIVE("negativ", "negativ", "negative"),
  /** Both positive and negative (både positiv og negativ). */
  MIXED("både positiv og negativ", "både positiv og negativ", "both positive and negative"),
  /** Not clear from the text (uklar). */
  UNCLEAR("uklar", "uklar", "unclear");

  private final String nb;
  private final String nn;
  private final String en;

  Impact(String nb, String nn, String en) {
    this.nb = nb;
    this.nn = nn;
    this.en = en;
  }

  /**
   * The label in a language.
   *
   * @param language the language
   * @return e.g. "positiv"
   */
  public String label(Language language) {
    return switch (language) {
      case NB -> nb;
      case NN -> nn;
      case EN -> en;
    };
  }
}
