package io.github.livskraft.report;

import io.github.livskraft.sdg.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Renders a {@link Report} as {@code report.json} ({@code "format": "livskraft-report/1"}), valid against the
 * published JSON Schema {@link #SCHEMA_RESOURCE} (also {@code livskraft-report/schema/livskraft-report-1.schema.json}
 * in the source tree).
 */
public final class JsonReportWriter {
  /** The class-path resource of the JSON Schema of {@code report.json}. */
  public static final String SCHEMA_RESOURCE = "/io/github/livskraft/report/schema/livskraft-report-1.schema.json";

  private final Language language;

  private JsonReportWriter(Language language) {
    this.language = language;
  }

  /**
   * A writer for one language.
   *
   * @param language bokmål, nynorsk or English
   * @return the writer
   */
  public static JsonReportWriter create(Language language) {
    return new JsonReportWriter(Objects.requireNonNull(language, "language"));
  }

  /**
   * Writes the JSON.
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
   * Writes the JSON as UTF-8.
   *
   * @param report the report
   * @param out the destination (not closed)
   * @throws IOException if writing fails
   */
  public void write(Report report, OutputStream out) throws IOException {
    write(report, new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  String toString(Report report) {
    return JsonReport.render(report, language);
  }
}
