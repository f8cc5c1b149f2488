package io.github.livskraft.report;

import java.util.Locale;

/**
 * WCAG 2.x colour contrast: relative luminance, contrast ratio, and the text colour (pure black or pure white)
 * that reads best on a background. One of the two always reaches at least 4.58:1, so every tile passes WCAG AA
 * for normal text (4.5:1) whatever its colour.
 */
final class Contrast {
  static final String BLACK = "#000000";
  static final String WHITE = "#ffffff";

  private Contrast() {}

  /** WCAG relative luminance of {@code #rrggbb}. */
  static double luminance(String hex) {
    int v = Integer.parseInt(hex.substring(1), 16);
    return 0.2126 * lin(v >> 16 & 0xff) + 0.7152 * lin(v >> 8 & 0xff) + 0.0722 * lin(v & 0xff);
  }

  private static double lin(int c) {
    double s = c / 255.0;
    return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  }

  /** The WCAG contrast ratio of two colours (1–21). */
  static double ratio(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  /** Black or white, whichever has the higher contrast with {@code background}. */
  static String textOn(String background) {
    return ratio(background, BLACK) >= ratio(background, WHITE) ? BLACK : WHITE;
  }

  /** {@code colour} with the given weight, the rest white (e.g. 0.4 → a faded tile). */
  static String mixWithWhite(String hex, double weight) {
    int v = Integer.parseInt(hex.substring(1), 16);
    int r = (int) Math.round((v >> 16 & 0xff) * weight + 255 * (1 - weight));
    int g = (int) Math.round((v >> 8 & 0xff) * weight + 255 * (1 - weight));
    int b = (int) Math.round((v & 0xff) * weight + 255 * (1 - weight));
    return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
  }
}
