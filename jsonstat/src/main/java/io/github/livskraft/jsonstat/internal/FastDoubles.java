package io.github.livskraft.jsonstat.internal;

/**
 * Parses JSON number text to {@code double} without allocating. Numbers with at most 15 significant digits and a
 * decimal exponent within ±22 are computed exactly with one IEEE multiplication or division (both operands are
 * exact doubles, so the result is correctly rounded: Clinger's fast path); anything else falls back to
 * {@link Double#parseDouble(String)}. Input is assumed to be a JSON number already validated by Jackson.
 */
public final class FastDoubles {
  private static final double[] POW10 = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };

  private FastDoubles() {}

  /**
   * Parses {@code buf[off, off+len)}.
   *
   * @param buf characters
   * @param off start
   * @param len length
   * @return the correctly rounded double
   */
  public static double parse(char[] buf, int off, int len) {
    int i = off;
    int end = off + len;
    boolean negative = false;
    if (i < end && buf[i] == '-') {
      negative = true;
      i++;
    }
    long mantissa = 0;
    int significant = 0;
    int exp10 = 0;
    boolean sawDigit = false;
    while (i < end) {
      char c = buf[i];
      if (c >= '0' && c <= '9') {
        sawDigit = true;
        if (mantissa != 0 || c != '0') {
          if (significant >= 15) {
            return slow(buf, off, len);
          }
          mantissa = mantissa * 10 + (c - '0');
          significant++;
        }
        i++;
      } else {
        break;
      }
    }
    if (i < end && buf[i] == '.') {
      i++;
      while (i < end) {
        char c = buf[i];
        if (c >= '0' && c <= '9') {
          sawDigit = true;
          if (mantissa != 0 || c != '0') {
            if (significant >= 15) {
              return slow(buf, off, len);
            }
            mantissa = mantissa * 10 + (c - '0');
            significant++;
          }
          exp10--;
          i++;
        } else {
          break;
        }
      }
    }
    if (!sawDigit) {
      return slow(buf, off, len);
    }
    if (i < end && (buf[i] == 'e' || buf[i] == 'E')) {
      i++;
      boolean expNegative = false;
      if (i < end && (buf[i] == '+' || buf[i] == '-')) {
        expNegative = buf[i] == '-';
        i++;
      }
      int e = 0;
      int expDigits = 0;
      while (i < end && buf[i] >= '0' && buf[i] <= '9') {
        if (e > 10_000) {
          return slow(buf, off, len);
        }
        e = e * 10 + (buf[i] - '0');
        expDigits++;
        i++;
      }
      if (expDigits == 0) {
        return slow(buf, off, len);
      }
      exp10 += expNegative ? -e : e;
    }
    if (i != end) {
      return slow(buf, off, len);
    }
    double result;
    if (mantissa == 0) {
      result = 0.0;
    } else if (exp10 == 0) {
      result = mantissa;
    } else if (exp10 > 0 && exp10 <= 22) {
      result = mantissa * POW10[exp10];
    } else if (exp10 < 0 && exp10 >= -22) {
      result = mantissa / POW10[-exp10];
    } else {
      return slow(buf, off, len);
    }
    return negative ? -result : result;
  }

  private static double slow(char[] buf, int off, int len) {
    return Double.parseDouble(new String(buf, off, len));
  }
}
