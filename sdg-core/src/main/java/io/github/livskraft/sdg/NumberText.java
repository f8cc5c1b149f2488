package io.github.livskraft.sdg;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as a reader of a {@link Language} writes them in running text and tables. One rule for every module
 * (the command line's tables, the report's figures and charts); machine output (CSV, JSON) keeps plain numbers
 * and does not use this class.
 *
 * <table>
 *   <caption>What each language gets</caption>
 *   <tr><th></th><th>bokmål, nynorsk</th><th>English</th></tr>
 *   <tr><td>decimal separator</td><td>comma: {@code 85,2}</td><td>point: {@code 85.2}</td></tr>
 *   <tr><td>thousands (five digits or more)</td><td>no-break space U+00A0: {@code 12 345}</td>
 *     <td>comma: {@code 12,345}</td></tr>
 *   <tr><td>four digits</td><td colspan="2">not grouped: {@code 2024}, {@code 1100,5} (Språkrådet: a four-digit
 *     number is written without a space)</td></tr>
 *   <tr><td>minus</td><td>the minus sign U+2212: {@code −0,4}</td><td>hyphen-minus: {@code -0.4}</td></tr>
 *   <tr><td>percent</td><td>no-break space before {@code %}: {@code 85,2 %}</td>
 *     <td>the same: {@code 85.2 %}</td></tr>
 * </table>
 *
 * <p>Rules for every language:
 * <ul>
 *   <li><b>Rounding is half-up on the number as written</b>: the double's shortest decimal text
 *     ({@link Double#toString(double)}) is rounded {@link RoundingMode#HALF_UP}, so {@code 2.675} gives
 *     {@code 2.68} and {@code 0.125} gives {@code 0.13}, as a reader rounding the printed figure by hand would
 *     (not half-even on the binary value, which {@link java.text.DecimalFormat} uses and which gives
 *     {@code 2.67} and {@code 0.12}).</li>
 *   <li><b>No negative zero</b>: {@code -0.0}, and any value that rounds to zero, is written without a sign
 *     ({@code 0,0}, never {@code −0,0}).</li>
 *   <li><b>NaN and the infinities are not numbers a reader can use</b>: they are written as
 *     {@link #NO_VALUE} (an en dash, U+2013), the mark tables use for a missing value.</li>
 *   <li>{@code decimals} is 0 or more; a negative count is refused with a {@link CodedArgumentException}
 *     ({@code SDG-0006}).</li>
 * </ul>
 *
 * <pre>{@code
 * NumberText.fixed(1234567.891, 1, Language.NB);   // "1 234 567,9" (no-break spaces)
 * NumberText.fixed(-0.04, 1, Language.NN);          // "0,0"
 * NumberText.signedPercent(0.71, 1, Language.EN);   // "+0.7 %"
 * }</pre>
 */
public final class NumberText {
  /** What a missing or non-finite number is written as: an en dash (U+2013). */
  public static final String NO_VALUE = "\u2013";

  private static final char NO_BREAK_SPACE = '\u00a0';
  private static final char MINUS_SIGN = '\u2212';
  /** Integer parts with this many digits or more are grouped in threes. */
  private static final int GROUP_FROM_DIGITS = 5;

  private NumberText() {}

  /**
   * A number with a fixed number of decimals: {@code 85,2}, {@code 12 345,0}, {@code −0,4} in bokmål and
   * nynorsk; {@code 85.2}, {@code 12,345.0}, {@code -0.4} in English.
   *
   * @param value the number
   * @param decimals the number of decimals, 0 or more
   * @param language the reader's language
   * @return the text; {@link #NO_VALUE} for NaN and the infinities
   * @throws CodedArgumentException if {@code decimals} is negative ({@code SDG-0006})
   */
  public static String fixed(double value, int decimals, Language language) {
    checkDecimals(decimals);
    if (!Double.isFinite(value)) {
      return NO_VALUE;
    }
    return write(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP), language, false);
  }

  /**
   * A number with a fixed number of decimals and a plus sign when it is above zero after rounding:
   * {@code +0,7}, {@code −0,7}, {@code 0,0}.
   *
   * @param value the number
   * @param decimals the number of decimals, 0 or more
   * @param language the reader's language
   * @return the text; {@link #NO_VALUE} for NaN and the infinities
   * @throws CodedArgumentException if {@code decimals} is negative ({@code SDG-0006})
   */
  public static String signed(double value, int decimals, Language language) {
    checkDecimals(decimals);
    if (!Double.isFinite(value)) {
      return NO_VALUE;
    }
    return write(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP), language, true);
  }

  /**
   * An exact decimal with as many decimals as it has, trailing zeros dropped: {@code 1 500 000} or
   * {@code 12,5} (nb, nn); {@code 1,500,000} or {@code 12.5} (en).
   *
   * @param value the number
   * @param language the reader's language
   * @return the text
   */
  public static String of(BigDecimal value, Language language) {
    BigDecimal v = value.stripTrailingZeros();
    return write(v.scale() < 0 ? v.setScale(0) : v, language, false);
  }

  /**
   * A percentage (the value is already in percent: 85.2 for 85.2 %) with a no-break space before the sign:
   * {@code 85,2 %} (nb, nn), {@code 85.2 %} (en).
   *
   * @param percentage the value in percent
   * @param decimals the number of decimals, 0 or more
   * @param language the reader's language
   * @return the text; {@link #NO_VALUE} (without a sign) for NaN and the infinities
   * @throws CodedArgumentException if {@code decimals} is negative ({@code SDG-0006})
   */
  public static String percent(double percentage, int decimals, Language language) {
    String n = fixed(percentage, decimals, language);
    return Double.isFinite(percentage) ? n + NO_BREAK_SPACE + '%' : n;
  }

  /**
   * A change in percent with its sign: {@code +0,7 %}, {@code −1,2 %}, {@code 0,0 %}.
   *
   * @param percentage the value in percent
   * @param decimals the number of decimals, 0 or more
   * @param language the reader's language
   * @return the text; {@link #NO_VALUE} for NaN and the infinities
   * @throws CodedArgumentException if {@code decimals} is negative ({@code SDG-0006})
   */
  public static String signedPercent(double percentage, int decimals, Language language) {
    String n = signed(percentage, decimals, language);
    return Double.isFinite(percentage) ? n + NO_BREAK_SPACE + '%' : n;
  }

  private static void checkDecimals(int decimals) {
    if (decimals < 0) {
      throw new CodedArgumentException(SdgErrorCode.INVALID_ARGUMENT, "decimals", 0, decimals);
    }
  }

  /** Writes a rounded decimal: sign, grouped integer part, separator, fraction. BigDecimal has no -0. */
  private static String write(BigDecimal v, Language language, boolean plus) {
    boolean english = language == Language.EN;
    String plain = v.abs().toPlainString();
    int point = plain.indexOf('.');
    int intDigits = point < 0 ? plain.length() : point;
    StringBuilder sb = new StringBuilder(plain.length() + intDigits / 3 + 2);
    if (v.signum() < 0) {
      sb.append(english ? '-' : MINUS_SIGN);
    } else if (plus && v.signum() > 0) {
      sb.append('+');
    }
    boolean group = intDigits >= GROUP_FROM_DIGITS;
    for (int i = 0; i < intDigits; i++) {
      if (group && i > 0 && (intDigits - i) % 3 == 0) {
        sb.append(english ? ',' : NO_BREAK_SPACE);
      }
      sb.append(plain.charAt(i));
    }
    if (point >= 0) {
      sb.append(english ? '.' : ',').append(plain, point + 1, plain.length());
    }
    return sb.toString();
  }
}
