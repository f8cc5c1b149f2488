package io.github.livskraft.cli;

import io.github.livskraft.sdg.Language;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/**
 * Numbers in text output as a reader of the language writes them: bokmål and nynorsk with a decimal comma, a
 * non-breaking space between thousands and the minus sign U+2212 (85,2; 1 100 000; −0,4); English as plain digits
 * with a decimal point. CSV and JSON output keep plain machine-readable numbers.
 */
final class Numbers {
  private Numbers() {}

  /**
   * Formats a number with as many decimals as it has (trailing zeros dropped).
   *
   * @param value the number
   * @param language the reader's language
   * @return the text
   */
  static String format(BigDecimal value, Language language) {
    BigDecimal v = value.stripTrailingZeros();
    if (language == Language.EN) {
      return v.toPlainString();
    }
    DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(language.locale()));
    f.setMaximumFractionDigits(Math.max(0, v.scale()));
    f.setMinimumFractionDigits(Math.max(0, v.scale()));
    return f.format(v);
  }

  /**
   * Formats a number with a fixed number of decimals: {@code 85,2}, {@code 1 100 000,0}, {@code −0,4} in bokmål
   * and nynorsk; {@code 85.2}, {@code 1100000.0}, {@code -0.4} in English. A value that rounds to zero is written
   * without a sign (never {@code −0,0}); NaN and infinities as {@code –}.
   *
   * @param value the number
   * @param decimals the number of decimals (0 or more)
   * @param language the reader's language
   * @return the text
   */
  static String fixed(double value, int decimals, Language language) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "\u2013";
    }
    BigDecimal v = BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP);
    if (v.signum() == 0) {
      v = v.abs();
    }
    if (language == Language.EN) {
      return v.toPlainString();
    }
    DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(language.locale()));
    f.setMinimumFractionDigits(decimals);
    f.setMaximumFractionDigits(decimals);
    f.setRoundingMode(java.math.RoundingMode.HALF_UP);
    return f.format(v);
  }

  /**
   * A share as a percentage with a fixed number of decimals and no sign: {@code 85,2} (nb, nn) or {@code 85.2}
   * (en) for 0.852. The caller writes the unit ({@code %} after a space in Norwegian, as in {@code 85,2 %}).
   *
   * @param share the share (1 = 100 %)
   * @param decimals the number of decimals
   * @param language the reader's language
   * @return the text
   */
  static String percent(double share, int decimals, Language language) {
    return fixed(100 * share, decimals, language);
  }
}
