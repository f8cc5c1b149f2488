package io.github.livskraft.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/**
 * Entry point of the {@code livskraft} command. Exit codes: 0 ok, 2 bad input (message on stderr), 1 other
 * errors.
 */
public final class Main {
  /**
   * Hibernate Validator (used by plan-model) announces its version on java.util.logging at INFO, which would be the
   * first line a user sees on stderr. The CLI raises that logger to WARNING; the reference is kept here because
   * java.util.logging holds loggers weakly.
   */
  private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

  static {
    HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
  }

  private Main() {}

  /**
   * Runs the command and exits the JVM with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // Apache POI (casework's DOCX reader) logs through the Log4j API; without a provider Log4j prints a status
    // error on stderr. The application (not the library) chooses: Log4j's simple logger, silent.
    System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /**
   * Runs the command with the given output streams and returns the exit code (for tests and embedding).
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return 0 ok, 2 bad input, 1 other errors
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = newCommandLine();
    cl.setOut(out);
    cl.setErr(err);
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      // resource exhaustion: a message that says which limit to raise, never a raw stack trace (issue 17)
      err.println("livskraft: " + ExitCodes.messageOf(e));
      err.flush();
      return ExitCodes.ERROR;
    }
  }

  /** The configured command line (exit-code mapping, help, sub-commands). */
  static CommandLine newCommandLine() {
    CommandLine cl = new CommandLine(new LivskraftCommand());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(new ExitCodes());
    cl.setParameterExceptionHandler(ExitCodes::handleParameterException);
    return cl;
  }
}
