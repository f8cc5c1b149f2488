package io.github.livskraft.sdg;

/**
 * A catalogue file that cannot be read or does not follow the format (code
 * {@link SdgErrorCode#CATALOGUE_FORMAT SDG-0005}). The message names the file, the line and the column.
 */
public final class CatalogueFormatException extends SdgException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final String column;

  /**
   * Creates the exception.
   *
   * @param file the file name
   * @param line the 1-based line, 0 if not line-specific
   * @param column the column, or ""
   * @param problem what is wrong and what was expected
   * @param cause the cause, or {@code null}
   */
  public CatalogueFormatException(String file, int line, String column, String problem,
      @org.jspecify.annotations.Nullable Throwable cause) {
    super(SdgErrorCode.CATALOGUE_FORMAT, cause,
        file + (line > 0 ? ", line " + line : "") + (column.isEmpty() ? "" : ", column " + column) + ": " + problem);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  /** The file name. */
  public String file() {
    return file;
  }

  /** The 1-based line, 0 if not line-specific. */
  public int line() {
    return line;
  }

  /** The column, "" if none. */
  public String column() {
    return column;
  }
}
