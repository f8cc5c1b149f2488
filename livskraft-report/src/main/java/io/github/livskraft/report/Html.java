package io.github.livskraft.report;

/** HTML escaping. */
final class Html {
  private Html() {}

  /** Escapes text content. */
  static String text(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Escapes an attribute value (double-quoted). */
  static String attr(String s) {
    return text(s).replace("\"", "&quot;").replace("'", "&#39;");
  }
}
