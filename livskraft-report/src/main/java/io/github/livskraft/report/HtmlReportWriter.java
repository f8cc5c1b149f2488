package io.github.livskraft.report;

import io.github.livskraft.sdg.Language;

/**
 * Renders a {@link Report} as one self-contained HTML page (inline CSS and SVG, no script, no external fetch — a
 * Content-Security-Policy forbids any), with {@code lang} set for hyphenation and screen readers.
 * {@code write(report, Writer|OutputStream)} writes it.
 */
public final class HtmlReportWriter extends TextReportWriter {
  private HtmlReportWriter(Language language) {
    super(language);
  }

  /**
   * A writer for one language.
   *
   * @param language bokmål, nynorsk or English
   * @return the writer
   */
  public static HtmlReportWriter create(Language language) {
    return new HtmlReportWriter(language);
  }

  @Override
  String toString(Report report) {
    return HtmlReport.render(report, language);
  }
}
