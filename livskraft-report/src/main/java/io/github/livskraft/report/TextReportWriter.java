package io.github.livskraft.report;

import io.github.livskraft.sdg.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** A writer of one report file in one language: renders it to a string, then writes it out. */
abstract sealed class TextReportWriter permits HtmlReportWriter, JsonReportWriter {
  final Language language;

  TextReportWriter(Language language) {
    this.language = Objects.requireNonNull(language, "language");
  }

  /**
   * Writes the file.
   *
   * @param report the report
   * @param out the destination (flushed, not closed)
   * @throws IOException if writing fails
   */
  public final void write(Report report, Writer out) throws IOException {
    out.write(toString(report));
    out.flush();
  }

  /**
   * Writes the file as UTF-8.
   *
   * @param report the report
   * @param out the destination (flushed, not closed)
   * @throws IOException if writing fails
   */
  public final void write(Report report, OutputStream out) throws IOException {
    write(report, new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /** The whole file. */
  abstract String toString(Report report);
}
