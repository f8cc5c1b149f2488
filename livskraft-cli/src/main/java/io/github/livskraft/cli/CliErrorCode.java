package io.github.livskraft.cli;

import io.github.livskraft.sdg.ErrorCode;

/**
 * The command line's own error codes; texts in {@code /livskraft-messages/cli_en|nb|nn.properties}. Every one is
 * bad input (exit code 2) except {@link #FAILED}, {@link #OUT_OF_MEMORY} and {@link #STACK_OVERFLOW} (exit code 1).
 */
@ErrorCode.Bundle("cli")
enum CliErrorCode implements ErrorCode {
  /** An input file that does not exist. Arguments: the file. */
  NO_SUCH_FILE("CLI-0001"),
  /** A directory where a file was expected. Arguments: the path. */
  IS_A_DIRECTORY("CLI-0002"),
  /** An input file with no content. Arguments: the file, what was expected. */
  EMPTY_FILE("CLI-0003"),
  /** An input text file that is not UTF-8. Arguments: the file, line, column, the byte in hex. */
  NOT_UTF8("CLI-0004"),
  /** An input text file with binary content (NUL or other control bytes). Arguments: the file, line, column. */
  BINARY_FILE("CLI-0005"),
  /** An input file that cannot be read (permissions, I/O). Arguments: the file. */
  UNREADABLE("CLI-0006"),
  /** An unknown option or sub-command. Arguments: the argument, the command. */
  UNKNOWN_ARGUMENT("CLI-0007"),
  /** A missing required option or parameter. Arguments: the option or parameter, the command. */
  MISSING_ARGUMENT("CLI-0008"),
  /** An option value that cannot be used. Arguments: the option, the value, what was expected. */
  INVALID_VALUE("CLI-0009"),
  /** A language that is not nb, nn or en. Arguments: the value. */
  UNKNOWN_LANGUAGE("CLI-0010"),
  /** Output text that cannot be written as UTF-8 (a lone surrogate from the input). No arguments. */
  UNENCODABLE_TEXT("CLI-0011"),
  /** The Java heap is too small for the input. No arguments. */
  OUT_OF_MEMORY("CLI-0012"),
  /** The input is nested too deeply for the Java stack. No arguments. */
  STACK_OVERFLOW("CLI-0013"),
  /** A failure that is not the input's fault. Arguments: what failed. */
  FAILED("CLI-0014"),
  /** Options that exclude each other. Arguments: the first, the second option. */
  EXCLUSIVE_OPTIONS("CLI-0015"),
  /** An option given more than once. Arguments: the option, the command. */
  REPEATED_OPTION("CLI-0016"),
  /** Arguments the command line cannot read in some other way. Arguments: the command. */
  UNREADABLE_ARGUMENTS("CLI-0017");

  private final String code;

  CliErrorCode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
