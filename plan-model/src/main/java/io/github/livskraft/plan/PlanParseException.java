package io.github.livskraft.plan;

/**
 * A plan file that cannot be read: bad JSON/YAML syntax, an unknown property, a wrong type or an invalid value
 * (e.g. SDG target {@code 11.99x}). Names the file, line and column, the JSON path and what was expected.
 * Nothing is returned for a file that fails to parse.
 */
public class PlanParseException extends PlanModelException {
  private static final long serialVersionUID = 1L;

  private final SourceLocation location;
  private final String path;
  private final String detail;

  /**
   * Creates an exception.
   *
   * @param code the stable code ({@code PLAN-P001} syntax, {@code PLAN-P002} unknown property,
   *     {@code PLAN-P003} wrong type or invalid value, {@code PLAN-P004} unsupported format version,
   *     {@code PLAN-P005} I/O)
   * @param location where
   * @param path the JSON path, e.g. {@code $.plans[0].elements[2].kind}
   * @param detail what was wrong and what was expected
   * @param cause the cause
   */
  public PlanParseException(String code, SourceLocation location, String path, String detail, Throwable cause) {
    super(code, location + (path.isEmpty() ? "" : " " + path) + ": " + detail, cause);
    this.location = location;
    this.path = path;
    this.detail = detail;
  }

  /** Where the problem is. */
  public SourceLocation location() {
    return location;
  }

  /** The JSON path, e.g. {@code $.plans[0].elements[2].kind}, or empty. */
  public String path() {
    return path;
  }

  /** What was wrong and what was expected. */
  public String detail() {
    return detail;
  }
}
