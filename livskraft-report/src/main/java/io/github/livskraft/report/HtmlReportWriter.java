package io.github.livskraft.report;

import io.github.livskraft.sdg.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Renders a {@link Report} as one self-contained HTML page (inline CSS and SVG, no script, no external fetch — a
 * Content-Security-Policy forbids any), with {@code lang} set for hyphenation and screen readers.
 */
public final class HtmlReportWriter {
  private final Language language;

  private HtmlReportWriter(Language language) {
    this.language = language;
  }

  /**
   * A writer for one language.
   *
   * @param language bokmål, nynorsk or English
   * @return the writer
   */
  public static HtmlReportWriter create(Language language) {
    return new HtmlReportWriter(Objects.requireNonNull(language, "language"));
  }

  /**
   * Writes the page.
   *
   * @param report the report
   * @param out the destination (not closed)
   * @throws IOException if writing fails
   */
  public void write(Report report, Writer out) throws IOException {
    out.write(toString(report));
    out.flush();
  }

  /**
   * Writes the page as UTF-8.
   *
   * @param report the report
   * @param out the destination (not closed)
   * @throws IOException if writing fails
   */
  public void write(Report report, OutputStream out) throws IOException {
    write(report, new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  String toString(Report report) {
    return HtmlReport.render(report, language);
  }
}
