package io.github.livskraft.report;

import io.github.livskraft.sdg.Language;

/**
 * Renders a {@link Report} as {@code report.json} ({@code "format": "livskraft-report/1"}), valid against the
 * published JSON Schema {@link #SCHEMA_RESOURCE} (in the source tree:
 * {@code livskraft-report/schema/livskraft-report-1.schema.json}). {@code write(report, Writer|OutputStream)}
 * writes it.
 */
public final class JsonReportWriter extends TextReportWriter {
  /** The class-path resource of the JSON Schema of {@code report.json}. */
  public static final String SCHEMA_RESOURCE = "/io/github/livskraft/report/schema/livskraft-report-1.schema.json";

  private JsonReportWriter(Language language) {
    super(language);
  }

  /**
   * A writer for one language.
   *
   * @param language bokmål, nynorsk or English
   * @return the writer
   */
  public static JsonReportWriter create(Language language) {
    return new JsonReportWriter(language);
  }

  @Override
  String toString(Report report) {
    return JsonReport.render(report, language);
  }
}
