package io.github.livskraft.indicators.progress;

import io.github.livskraft.indicators.IndicatorErrorCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.LocalizedText;
import io.github.livskraft.sdg.MessageFragment;
import io.github.livskraft.sdg.NumberText;
import io.github.livskraft.sdg.TextProvenance;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * A warning of a progress assessment: a stable {@link Kind} for programs (and Spark's {@code warning_codes}
 * column) and a text in English, bokmål and nynorsk from the indicators bundle ({@code text.progress.<code>} in
 * {@code /livskraft-messages/indicators_en|nb|nn.properties}), its numbers written in the reader's language
 * ({@code 0,001} in bokmål, {@code 0.001} in English; a period stays {@code 2016}).
 *
 * <pre>{@code
 * for (ProgressWarning w : assessment.warnings()) {
 *   if (w.kind() == ProgressWarning.Kind.ZERO_BASE_VALUE) { ... }
 *   show(w.text(Language.NN));   // "startverdien er 0: bytt ut med 0,001"
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; two warnings are equal when kind and text (key and arguments) are.
 *
 * @param kind what the warning is about
 * @param message the text, resolved in the language asked for
 */
public record ProgressWarning(Kind kind, MessageFragment message) {

  /** What a warning is about; {@link #code()} is stable and language-neutral. */
  public enum Kind {
    /** The base period has no value; a later period was used. Arguments: asked period, period used. */
    BASE_PERIOD_MOVED,
    /** The series has no value at all. Arguments: variable, region. */
    NO_VALUE,
    /** The series has no value at or after the base period. Arguments: base period. */
    NO_VALUE_FROM_BASE_PERIOD,
    /** Direction target_band without a target. */
    TARGET_BAND_WITHOUT_TARGET,
    /** Direction target_band with a target that is not positive. Arguments: target. */
    TARGET_BAND_TARGET_NOT_POSITIVE,
    /** Values transformed for a target band. Arguments: target. */
    TARGET_BAND_TRANSFORMED,
    /** A target of 0 was replaced by 0.001. */
    ZERO_TARGET,
    /** A base value below the minimum limit. Arguments: base value, limit. */
    BELOW_MINIMUM_LIMIT,
    /** A base value above the maximum limit. Arguments: base value, limit. */
    ABOVE_MAXIMUM_LIMIT,
    /** A limit ignored because a target is given. Arguments: limit. */
    LIMIT_IGNORED,
    /** The base period is after the latest period. Arguments: base period, latest period. */
    BASE_AFTER_LATEST,
    /** Less than a year between base and latest period. */
    TOO_FEW_YEARS,
    /** A base value of 0 was replaced by 0.001. */
    ZERO_BASE_VALUE,
    /** Base and latest values of opposite signs. Arguments: base value, latest value. */
    OPPOSITE_SIGNS,
    /** The target period is not after the base period. Arguments: target period, base period. */
    TARGET_PERIOD_NOT_AFTER_BASE,
    /** The base value equals the target and the target is not achieved: deterioration. */
    ZERO_REQUIRED_GROWTH,
    /** The required growth is not a finite number. */
    REQUIRED_GROWTH_NOT_FINITE;

    /**
     * The stable code, e.g. {@code zero_base_value}; the text's key is {@code text.progress.<code>}.
     *
     * @return the code
     */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Checks for nulls. */
  public ProgressWarning {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }

  /**
   * A warning of a kind with its arguments (periods as text; numbers are written in the reader's language).
   *
   * @param kind the kind
   * @param args the arguments of the kind's text ({@link Double}s are written with {@link NumberText})
   * @return the warning
   */
  static ProgressWarning of(Kind kind, Object... args) {
    Object[] shown = args.clone();
    for (int i = 0; i < shown.length; i++) {
      if (shown[i] instanceof Double d) {
        shown[i] = number(d);
      }
    }
    return new ProgressWarning(kind,
        MessageFragment.of(IndicatorErrorCode.GENERAL, "text.progress." + kind.code(), shown));
  }

  /** A number in each language: as many decimals as it has ({@code 0,001}, {@code 4,6}); "–" if not finite. */
  private static LocalizedText number(double v) {
    return LocalizedText.of(l -> Double.isFinite(v) ? NumberText.of(BigDecimal.valueOf(v), l) : NumberText.NO_VALUE,
        TextProvenance.COMMUNITY, "livskraft-messages/indicators");
  }

  /**
   * The stable code of the kind, e.g. {@code zero_base_value}.
   *
   * @return the code
   */
  public String code() {
    return kind.code();
  }

  /**
   * The warning in a language.
   *
   * @param language the reader's language
   * @return the text
   */
  public String text(Language language) {
    return message.text(language);
  }

  /** The English text. */
  @Override
  public String toString() {
    return message.toString();
  }
}
