package io.github.livskraft.sdg.internal;

/**
 * A malformed catalogue file: names the file, the (1-based) line and, where known, the column. The API layer
 * turns it into a {@code CatalogueFormatException}.
 */
public final class CsvFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final String column;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param file the file name
   * @param line the 1-based line, or 0 if not line-specific
   * @param column the column name, or "" if none
   * @param problem what is wrong and what was expected
   */
  public CsvFormatException(String file, int line, String column, String problem) {
    super(file + (line > 0 ? ":" + line : "") + (column.isEmpty() ? "" : " [" + column + "]") + ": " + problem);
    this.file = file;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /** The file name. */
  public String file() {
    return file;
  }

  /** The 1-based line, 0 if not line-specific. */
  public int line() {
    return line;
  }

  /** The column name, "" if none. */
  public String column() {
    return column;
  }

  /** What is wrong. */
  public String problem() {
    return problem;
  }
}
