package io.github.livskraft.report;

import io.github.livskraft.sdg.MessageFragment;

/**
 * A bundled data file of the report could not be read ({@code REPORT-0001}): names the file, the line and what was
 * expected. Bundled files are checked by the build's tests, so this means a damaged jar or a changed resource.
 */
public final class ReportDataException extends ReportException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param source the file
   * @param line the 1-based line (0 if unknown)
   * @param problem what was wrong and what was expected, from {@link ReportErrorCode#fragment(String, Object...)}
   */
  public ReportDataException(String source, int line, MessageFragment problem) {
    super(ReportErrorCode.DATA, ReportErrorCode.DATA.message(source + (line > 0 ? ":" + line : ""), problem), null);
  }
}
