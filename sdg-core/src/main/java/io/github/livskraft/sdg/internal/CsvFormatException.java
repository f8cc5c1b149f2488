package io.github.livskraft.sdg.internal;

import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.SdgErrorCode;

/**
 * A malformed catalogue file: names the file, the (1-based) line and, where known, the column, and the problem as a
 * key of sdg-core's bundle ({@code SDG-0005.csv.empty-line} …) with its arguments. The API layer turns it into a
 * {@code CatalogueFormatException}. No text is made until a message is asked for.
 */
public final class CsvFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final String column;
  private final String problem;
  private final transient Object[] args;

  /**
   * Creates the exception.
   *
   * @param file the file name
   * @param line the 1-based line, or 0 if not line-specific
   * @param column the column name, or "" if none
   * @param problem the bundle key of what is wrong and what was expected, {@code SDG-0005.<problem>}
   * @param args the arguments of the problem's pattern
   */
  public CsvFormatException(String file, int line, String column, String problem, Object... args) {
    this.file = file;
    this.line = line;
    this.column = column;
    this.problem = problem;
    this.args = args;
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

  /** The bundle key of the problem ({@code SDG-0005.<problem>}). */
  public String problem() {
    return problem;
  }

  /** The arguments of the problem's pattern (a copy). */
  public Object[] args() {
    return args == null ? new Object[0] : args.clone();
  }

  /** In English: {@code file:line [column]: problem}. */
  @Override
  public String getMessage() {
    String text = args == null ? problem
        : SdgErrorCode.CATALOGUE_FORMAT.messages().format(problem, Language.EN, args.clone());
    return file + (line > 0 ? ":" + line : "") + (column.isEmpty() ? "" : " [" + column + "]") + ": " + text;
  }
}
