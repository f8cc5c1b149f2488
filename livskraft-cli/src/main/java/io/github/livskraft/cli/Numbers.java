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
}
