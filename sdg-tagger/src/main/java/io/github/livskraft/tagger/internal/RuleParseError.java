package io.github.livskraft.tagger.internal;

import io.github.livskraft.tagger.TaggerErrorCode;

/** A syntax or content error in a rule file, with its location, its code and the message arguments. */
public final class RuleParseError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final TaggerErrorCode errorCode;
  private final transient Object[] args;

  RuleParseError(String source, int line, int column, TaggerErrorCode errorCode, Object... args) {
    super(source + ":" + line + ":" + column + ": " + errorCode.code(), null);
    this.source = source;
    this.line = line;
    this.column = column;
    this.errorCode = errorCode;
    this.args = args.clone();
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

  /** What was wrong. */
  public TaggerErrorCode errorCode() {
    return errorCode;
  }

  /** The message arguments. */
  public Object[] args() {
    return args.clone();
  }
}
