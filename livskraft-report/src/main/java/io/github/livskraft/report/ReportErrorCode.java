package io.github.livskraft.report;

import io.github.livskraft.sdg.ErrorCode;

/**
 * Stable, searchable codes for the errors of {@code livskraft-report}, implementing the project's {@link ErrorCode}
 * contract. The texts live in {@code /livskraft-messages/report_en|nb|nn.properties}: the code's key is the general
 * message, {@code REPORT-0001.…} its variants ({@link #fragment(String, Object...)}). The report's labels are a
 * separate bundle of plain texts, {@code report-labels_en|nb|nn.properties}.
 */
@ErrorCode.Bundle("report")
public enum ReportErrorCode implements ErrorCode {
  /** A bundled data file cannot be read. Arguments: source and line ({@code t.csv:3}), what was wrong. */
  DATA("REPORT-0001"),
  /** A region option that names no region. Arguments: what was wrong. */
  REGION("REPORT-0002"),
  /** A report year outside 1900–2100. Arguments: the year. */
  YEAR("REPORT-0003"),
  /** The report cannot be written. Arguments: the folder, the file that failed. */
  WRITE_FAILED("REPORT-0004");

  private final String code;

  ReportErrorCode(String code) {
    this.code = code;
  }

  /** The stable code, e.g. {@code REPORT-0001}. */
  @Override
  public String code() {
    return code;
  }

  /** Numbers as plain digits (a year stays 2024): {@link ErrorCode#formatPlainNumbers}. */
  @Override
  public String format(io.github.livskraft.sdg.Language language, Object... args) {
    return formatPlainNumbers(language, args);
  }
}
