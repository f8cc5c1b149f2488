package io.github.livskraft.cli;

import io.github.livskraft.indicators.IndicatorException;
import io.github.livskraft.kostra.KostraException;
import io.github.livskraft.jsonstat.JsonStatException;
import io.github.livskraft.kostra.pxweb.PxWebException;
import io.github.livskraft.plan.PlanModelException;
import io.github.livskraft.tagger.TaggingException;
import io.github.livskraft.sdg.SdgException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/**
 * Maps exceptions to the documented exit codes: 2 for bad input (unknown code, invalid file, bad option), 1 for
 * everything else. The message goes to stderr, never a stack trace (unless {@code LIVSKRAFT_DEBUG} is set).
 */
final class ExitCodes implements CommandLine.IExecutionExceptionHandler {
  /** Success. */
  static final int OK = 0;
  /** Any failure that is not the input's fault. */
  static final int ERROR = 1;
  /** Bad input: the message on stderr says what and where. */
  static final int BAD_INPUT = 2;

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
    int code = classify(ex);
    cl.getErr().println(cl.getColorScheme().errorText("livskraft: " + messageOf(ex)));
    if (System.getenv("LIVSKRAFT_DEBUG") != null) {
      ex.printStackTrace(cl.getErr());
    }
    return code;
  }

  static int handleParameterException(CommandLine.ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    cl.getErr().println("livskraft: " + ex.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, cl.getErr());
    cl.getErr().println("Try '" + cl.getCommandSpec().qualifiedName() + " --help'.");
    return BAD_INPUT;
  }

  static int classify(Throwable ex) {
    if (ex instanceof CliException c) {
      return c.exitCode();
    }
    if (ex instanceof JsonStatException) {
      return BAD_INPUT; // the file is not valid JSON-stat: the message names the JSON path
    }
    if (ex instanceof PxWebException px) {
      return px.isBadRequest() ? BAD_INPUT : ERROR; // a wrong query vs. SSB unreachable or failing
    }
    if (ex instanceof KostraException) {
      return ERROR; // network, cache or SSB-side failures
    }
    if (ex instanceof io.github.livskraft.casework.CaseworkException c) {
      return c.errorCode() == io.github.livskraft.casework.CaseErrorCode.WRITE_FAILED ? ERROR : BAD_INPUT;
    }
    if (ex instanceof SdgException || ex instanceof PlanModelException || ex instanceof TaggingException
        || ex instanceof IndicatorException || ex instanceof IllegalArgumentException
        || ex instanceof NoSuchFileException) {
      return BAD_INPUT;
    }
    if (ex instanceof UncheckedIOException u && u.getCause() instanceof NoSuchFileException) {
      return BAD_INPUT;
    }
    if (ex instanceof CharacterCodingException || ex.getCause() instanceof CharacterCodingException) {
      return BAD_INPUT; // text that cannot be written as UTF-8 came from the input
    }
    return ERROR;
  }

  static String messageOf(Throwable ex) {
    if (ex instanceof OutOfMemoryError) {
      return "out of memory: the input is larger than this Java heap allows; raise it with JAVA_TOOL_OPTIONS=-Xmx2g "
          + "(or more) or split the input / tom for minne: øk med JAVA_TOOL_OPTIONS=-Xmx2g eller del opp inndata";
    }
    if (ex instanceof StackOverflowError) {
      return "the input is nested too deeply for this Java stack; raise it with JAVA_TOOL_OPTIONS=-Xss8m or flatten the "
          + "input / inndata er for dypt nøstet: øk med JAVA_TOOL_OPTIONS=-Xss8m";
    }
    CharacterCodingException cce = ex instanceof CharacterCodingException c ? c
        : ex.getCause() instanceof CharacterCodingException c2 ? c2 : null;
    if (cce != null) {
      return "the text cannot be written as UTF-8: it holds a lone surrogate (U+D800–U+DFFF) or another character "
          + "that is not Unicode text; fix the input / teksten kan ikke skrives som UTF-8 (enslig surrogat)";
    }
    if (ex instanceof NoSuchFileException n) {
      return "no such file: " + n.getFile() + " / finner ikke filen: " + n.getFile();
    }
    String m = ex.getMessage();
    return m == null ? ex.getClass().getSimpleName() : m;
  }
}
