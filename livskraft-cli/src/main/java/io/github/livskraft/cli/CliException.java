package io.github.livskraft.cli;

/** An error raised by a command, with its exit code. */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  private CliException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  /** Bad input (exit code 2): the message says what was wrong and what was expected, in English and Norwegian. */
  static CliException badInput(String message) {
    return new CliException(message, ExitCodes.BAD_INPUT);
  }

  /** Another failure (exit code 1). */
  static CliException failure(String message) {
    return new CliException(message, ExitCodes.ERROR);
  }

  int exitCode() {
    return exitCode;
  }
}
