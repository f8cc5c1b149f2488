package io.github.livskraft.report;

/**
 * A bundled data file of the report could not be read ({@code REPORT-0001}): names the file, the line and what was
 * expected. Bundled files are checked by the build's tests, so this means a damaged jar or a changed resource.
 */
public final class ReportDataException extends RuntimeException {
  /** The stable code of this error. */
  public static final String CODE = "REPORT-0001";

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param source the file
   * @param line the 1-based line (0 if unknown)
   * @param problem what was wrong and what was expected
   */
  public ReportDataException(String source, int line, String problem) {
    super(CODE + " " + source + (line > 0 ? ":" + line : "") + ": " + problem);
  }

  /** The stable code, {@value #CODE}. */
  public String code() {
    return CODE;
  }
}
