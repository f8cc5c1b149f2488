package io.github.livskraft.tagger.internal;

/** A syntax or content error in a rule file, with its location and an English and a Norwegian message. */
public final class RuleParseError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String english;
  private final String norwegian;

  RuleParseError(String source, int line, int column, String english, String norwegian) {
    super(source + ":" + line + ":" + column + ": " + english, null);
    this.source = source;
    this.line = line;
    this.column = column;
    this.english = english;
    this.norwegian = norwegian;
  }

  /** The file or resource name. */
  public String source() {
    return source;
  }

  /** The 1-based line. */
  public int line() {
    return line;
  }

  /** The 1-based column. */
  public int column() {
    return column;
  }

  /** The English message (without location). */
  public String english() {
    return english;
  }

  /** The Norwegian message (without location). */
  public String norwegian() {
    return norwegian;
  }
}
