package io.github.livskraft.sdg;

import java.util.Locale;
import java.util.regex.Pattern;

/** Shared lexical helpers for the code types. Package-private. */
final class CodeSyntax {
  /** The prefix pattern of lenient parsing, compiled on first lenient use (not on the catalogue's first load). */
  private static final class Prefix {
    static final Pattern PATTERN = Pattern.compile(
        "^(?:sdg|goal|target|indicator|mål|maal|delmål|delmal|indikator|fn-mål|bærekraftsmål|#)\\s*[-:]?\\s*",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private CodeSyntax() {}

  /** Parses [start,end) as a canonical positive number (no leading zero, 1–2 digits); -1 if not. */
  static int parseNumber(CharSequence s, int start, int end) {
    int len = end - start;
    if (len < 1 || len > 2) {
      return -1;
    }
    char c0 = s.charAt(start);
    if (c0 < '1' || c0 > '9') {
      return -1;
    }
    int n = c0 - '0';
    if (len == 2) {
      char c1 = s.charAt(start + 1);
      if (c1 < '0' || c1 > '9') {
        return -1;
      }
      n = n * 10 + (c1 - '0');
    }
    return n;
  }

  /** Parses a number that may have leading zeros (lenient input), up to 3 characters; -1 if not. */
  static int parseNumberAllowZeros(String s) {
    if (s.isEmpty() || s.length() > 3) {
      return -1;
    }
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n == 0 ? -1 : n;
  }

  /** Trims, drops a known prefix and normalises separators {@code - _ ,} and spaces between parts to '.'. */
  static String stripPrefix(String text) {
    String t = text.strip();
    if (!t.isEmpty() && t.charAt(0) >= '0' && t.charAt(0) <= '9') {
      // every prefix starts with a letter or '#': a code typed as digits needs no regular expression (start-up)
      return t.toLowerCase(Locale.ROOT);
    }
    t = Prefix.PATTERN.matcher(t).replaceFirst("");
    return t.strip().toLowerCase(Locale.ROOT);
  }

  /** Lenient separators between code parts: '.', '-', '_', ' ' become '.'; runs collapse. */
  static String normaliseSeparators(String t) {
    boolean plain = true;
    for (int i = 0; i < t.length() && plain; i++) {
      char c = t.charAt(i);
      // single dots between other characters are already normal: no regular expression then (start-up)
      plain = c == '.' ? i + 1 == t.length() || !isSeparator(t.charAt(i + 1)) : !isSeparator(c);
    }
    return plain ? t : t.replaceAll("[\\s._-]+", ".");
  }

  /** The characters of {@code [\s._-]}. */
  private static boolean isSeparator(char c) {
    return c == '.' || c == '_' || c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f'
        || c == '\r';
  }
}
