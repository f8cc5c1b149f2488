package io.github.livskraft.plan;

/**
 * Where something was in a source file: file name, 1-based line and column. Immutable.
 *
 * @param file the file name or path as given by the caller (e.g. {@code examples/plans/kongsberg.yaml})
 * @param line the 1-based line, or 0 if unknown
 * @param column the 1-based column, or 0 if unknown
 */
public record SourceLocation(String file, int line, int column) {

  /** Checks for a null file. */
  public SourceLocation {
    Checks.required(file, "file");
  }

  /** {@code file:line:column}, the form editors and compilers use. */
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ":" + column : file;
  }
}
