package io.github.livskraft.sdg.internal.output;

/**
 * The one place where Livskraft makes text safe for the two outputs that can attack the person who opens them.
 *
 * <ul>
 *   <li><b>CSV cells</b> ({@link #csvField}): a cell that begins with {@code = + - @}, a tab or a carriage
 *     return is prefixed with a single quote, as OWASP recommends against spreadsheet formula injection
 *     ({@code =HYPERLINK(…)} would otherwise run when the file is opened in Excel or LibreOffice); then RFC 4180
 *     quoting. Numbers written by the caller as numbers are not cells of text and are not touched. Machine
 *     pipelines that need the raw text can switch the guard off (documented in docs/security.md).</li>
 *   <li><b>Terminal text</b> ({@link #terminal}): C0 and C1 control characters, DEL, bidirectional overrides and
 *     lone surrogates are written as {@code \}{@code uXXXX} escapes, so a label cannot move the cursor, change
 *     colours, set the window title or hide text, and a lone surrogate cannot make an encoder fail.</li>
 * </ul>
 */
public final class SafeText {
  private SafeText() {}

  /**
   * Whether a text cell would be read by a spreadsheet as a formula (first character {@code = + - @}, tab or CR).
   *
   * @param s the cell text
   * @return true if it needs the quote prefix
   */
  public static boolean looksLikeFormula(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /**
   * A text cell with the formula guard applied and no quoting, for CSV writers that quote themselves
   * (jackson-dataformat-csv).
   *
   * @param s the cell text
   * @return {@code 's} if it looks like a formula, else {@code s}
   */
  public static String neutralise(String s) {
    return looksLikeFormula(s) ? "'" + s : s;
  }

  /**
   * One CSV field: neutralised (if asked) and quoted per RFC 4180 when it holds the delimiter, a quote, CR or LF.
   *
   * @param s the cell text
   * @param delimiter the field delimiter
   * @param neutraliseFormulas true to prefix formula-like cells with {@code '}
   * @return the field as written
   */
  public static String csvField(String s, char delimiter, boolean neutraliseFormulas) {
    String v = neutraliseFormulas && looksLikeFormula(s) ? "'" + s : s;
    boolean quote = false;
    for (int i = 0; i < v.length() && !quote; i++) {
      char c = v.charAt(i);
      quote = c == delimiter || c == '"' || c == '\n' || c == '\r';
    }
    return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }

  /**
   * Text for a terminal: every character that could control it, and every lone surrogate, as an escape.
   *
   * @param s the text, e.g. a label from a file
   * @return the same text if it was harmless, else a copy with escapes
   */
  public static String terminal(String s) {
    int i = 0;
    while (i < s.length() && !unsafe(s, i)) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (unsafe(s, i)) {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean unsafe(String s, int i) {
    char c = s.charAt(i);
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)) {
      return true;
    }
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return false;
  }
}
