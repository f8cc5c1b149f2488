package io.github.livskraft.casework;

import org.jspecify.annotations.Nullable;

/**
 * A case file or input that cannot be read as a saksframlegg: empty, wrong type, encrypted PDF, broken DOCX, too
 * large, not text. The message names the file ({@link #source()}) and what was expected.
 */
public final class CaseInputException extends CaseworkException {
  private static final long serialVersionUID = 1L;

  private final String source;

  /**
   * Creates an exception.
   *
   * @param errorCode the code
   * @param source the file name or other description of the input
   * @param cause the cause, or {@code null}
   * @param args further message arguments (after the source)
   */
  public CaseInputException(CaseErrorCode errorCode, String source, @Nullable Throwable cause, Object... args) {
    super(errorCode, cause, prepend(source, args));
    this.source = source;
  }

  private static Object[] prepend(String source, Object[] args) {
    Object[] all = new Object[args.length + 1];
    all[0] = source;
    System.arraycopy(args, 0, all, 1, args.length);
    return all;
  }

  /** The file name or other description of the input. */
  public String source() {
    return source;
  }
}
