package io.github.livskraft.indicators.progress;

import io.github.livskraft.sdg.Language;
import java.util.Locale;
import java.util.Optional;

/**
 * Progress categories of the Statistics Canada / Open SDG method. {@link #code()} is Open SDG's code; labels come
 * from {@link ProgressLabels} (configurable), with defaults in bokmål and English.
 */
public enum ProgressStatus {
  /** The latest value meets the target. */
  TARGET_ACHIEVED,
  /** On track: R ≥ 95 % (with target) or CAGR ≥ 1.5 %·C (without). */
  SUBSTANTIAL_PROGRESS,
  /** Progress made but acceleration needed: 60 % ≤ R &lt; 95 % or 0.5 %·C ≤ CAGR &lt; 1.5 %·C. */
  MODERATE_PROGRESS,
  /** Limited progress: 0 ≤ R &lt; 60 % or 0 ≤ CAGR &lt; 0.5 %·C. */
  LIMITED_PROGRESS,
  /** Deterioration: R &lt; 0 or CAGR &lt; 0. */
  DETERIORATION,
  /** Not assessable (too little data, values of opposite sign, base after latest year, …). */
  NOT_AVAILABLE;

  /** Open SDG's code, e.g. {@code target_achieved}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The default label.
   *
   * @param language the language
   * @return the label from {@link ProgressLabels#bundled()}
   */
  public String label(Language language) {
    return ProgressLabels.bundled().label(this, language);
  }

  /**
   * The status for an Open SDG code.
   *
   * @param code e.g. {@code moderate_progress}
   * @return the status, or empty
   */
  public static Optional<ProgressStatus> fromCode(String code) {
    for (ProgressStatus s : values()) {
      if (s.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * The status for an Open SDG score in [−5, 5]: [2.5, 5] substantial, [0, 2.5) moderate, [−2.5, 0) limited,
   * [−5, −2.5) deterioration.
   *
   * @param score the score
   * @return the status
   */
  public static ProgressStatus fromScore(double score) {
    if (Double.isNaN(score)) {
      return NOT_AVAILABLE;
    }
    if (score >= 2.5) {
      return SUBSTANTIAL_PROGRESS;
    }
    if (score >= 0) {
      return MODERATE_PROGRESS;
    }
    if (score >= -2.5) {
      return LIMITED_PROGRESS;
    }
    return DETERIORATION;
  }
}
