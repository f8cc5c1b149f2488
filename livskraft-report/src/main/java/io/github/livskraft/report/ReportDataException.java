package io.github.livskraft.report;

/** A bundled or user-supplied data file could not be read: names the file, the line and what was expected. */
public final class ReportDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param source the file
   * @param line the 1-based line (0 if unknown)
   * @param problem what was wrong and what was expected
   */
  public ReportDataException(String source, int line, String problem) {
    super(source + (line > 0 ? ":" + line : "") + ": " + problem);
  }
}
