package io.github.livskraft.report;

import io.github.livskraft.sdg.Language;
import java.text.NumberFormat;

/** Number formatting in the report's language (bokmål: decimal comma, space as thousands separator). */
final class Format {
  private Format() {}

  static String number(double v, int decimals, Language lang) {
    NumberFormat f = NumberFormat.getNumberInstance(lang.locale());
    f.setMinimumFractionDigits(decimals);
    f.setMaximumFractionDigits(decimals);
    f.setGroupingUsed(Math.abs(v) >= 10000);
    if (Math.round(Math.abs(v) * Math.pow(10, decimals)) == 0) {
      v = 0; // never "−0,0"
    }
    // CLDR uses U+00A0 as the Norwegian grouping separator and U+2212 for minus: keep them, they are valid text
    return f.format(v);
  }
}
