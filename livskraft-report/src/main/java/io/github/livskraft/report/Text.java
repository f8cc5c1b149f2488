package io.github.livskraft.report;

import java.util.Objects;

/**
 * A user-visible text in bokmål and English.
 *
 * @param nb Norwegian bokmål
 * @param en English
 */
record Text(String nb, String en) {
  Text {
    Objects.requireNonNull(nb, "nb");
    Objects.requireNonNull(en, "en");
  }

  static Text of(String nb, String en) {
    return new Text(nb, en);
  }

  /** The same text in both languages (names, codes). */
  static Text same(String both) {
    return new Text(both, both);
  }

  String in(ReportLanguage lang) {
    return lang == ReportLanguage.EN ? en : nb;
  }
}
