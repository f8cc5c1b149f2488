package io.github.livskraft.cli;

import java.io.IOException;
import io.github.livskraft.sdg.IoReason;
import io.github.livskraft.indicators.IndicatorException;
import io.github.livskraft.kostra.KostraException;
import io.github.livskraft.jsonstat.JsonStatException;
import io.github.livskraft.kostra.pxweb.PxWebException;
import io.github.livskraft.plan.PlanModelException;
import io.github.livskraft.plan.PlanParseException;
import io.github.livskraft.sdg.CodedException;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.tagger.TaggingException;
import io.github.livskraft.sdg.SdgException;
import io.github.livskraft.sdg.internal.text.Spelling;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
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

  private final Language language;

  /**
   * A handler that reports in a language.
   *
   * @param language the language of the messages
   */
  ExitCodes(Language language) {
    this.language = language;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
    int code = classify(ex);
    cl.getErr().println(cl.getColorScheme().errorText("livskraft: " + messageOf(ex, language)));
    if (System.getenv("LIVSKRAFT_DEBUG") != null) {
      ex.printStackTrace(cl.getErr());
    }
    return code;
  }

  /**
   * Reports a command line that cannot be parsed, in the user's language, with "did you mean" for a misspelt
   * option or sub-command; exit code 2.
   */
  int handleParameterException(CommandLine.ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    String command = cl.getCommandSpec().qualifiedName();
    cl.getErr().println("livskraft: " + parameterMessage(ex, command, args));
    if (ex instanceof CommandLine.UnmatchedArgumentException u) {
      List<String> suggestions = u.getSuggestions();
      if (!suggestions.isEmpty() && !u.getUnmatched().isEmpty()) {
        // picocli's candidates, narrowed to the closest by edit distance when one stands out
        List<String> closest = Spelling.closest(u.getUnmatched().get(0).replaceFirst("^-+", ""),
            suggestions.stream().map(x -> x.replaceFirst("^-+", "")).toList());
        if (!closest.isEmpty()) {
          suggestions = suggestions.stream().filter(x -> closest.contains(x.replaceFirst("^-+", ""))).toList();
        }
      }
      if (!suggestions.isEmpty()) {
        cl.getErr().println(CliMessages.text("did-you-mean", language, String.join(", ", suggestions)));
      }
    }
    cl.getErr().println(CliMessages.text("try-help", language, command));
    return BAD_INPUT;
  }

  /** The options of the command's exclusive groups that the arguments give, in the groups' order. */
  private static List<String> exclusiveOptionsGiven(CommandLine.Model.CommandSpec spec, String[] args) {
    List<String> given = new ArrayList<>();
    for (CommandLine.Model.ArgGroupSpec group : spec.argGroups()) {
      if (!group.exclusive()) {
        continue;
      }
      for (CommandLine.Model.OptionSpec o : group.options()) {
        for (String name : o.names()) {
          for (String a : args) {
            if ((a.equals(name) || a.startsWith(name + "=")) && !given.contains(o.longestName())) {
              given.add(o.longestName());
            }
          }
        }
      }
    }
    return given;
  }

  private String parameterMessage(CommandLine.ParameterException ex, String command, String[] args) {
    Throwable cause = ex.getCause();
    if (cause instanceof CliException c) {
      return c.message(language);
    }
    if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      return CliErrorCode.UNKNOWN_ARGUMENT.format(language, u.getUnmatched().get(0), command);
    }
    if (ex instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()) {
      List<String> names = new ArrayList<>();
      for (CommandLine.Model.ArgSpec a : m.getMissing()) {
        names.add(a.isOption() ? ((CommandLine.Model.OptionSpec) a).longestName() : a.paramLabel());
      }
      return CliErrorCode.MISSING_ARGUMENT.format(language, String.join(", ", names), command);
    }
    if (ex instanceof CommandLine.MutuallyExclusiveArgsException) {
      List<String> given = exclusiveOptionsGiven(ex.getCommandLine().getCommandSpec(), args);
      if (given.size() >= 2) {
        return CliErrorCode.EXCLUSIVE_OPTIONS.format(language, given.get(0), given.get(1));
      }
    }
    if (ex instanceof CommandLine.OverwrittenOptionException o && o.getOverwritten() != null) {
      CommandLine.Model.ArgSpec a = o.getOverwritten();
      String name = a.isOption() ? ((CommandLine.Model.OptionSpec) a).longestName() : a.paramLabel();
      return CliErrorCode.REPEATED_OPTION.format(language, name, command);
    }
    if (ex.getArgSpec() != null && ex.getValue() != null) {
      CommandLine.Model.ArgSpec a = ex.getArgSpec();
      String name = a.isOption() ? ((CommandLine.Model.OptionSpec) a).longestName() : a.paramLabel();
      String expected = a.type().isEnum() ? enumValues(a.type()) : a.paramLabel();
      return CliErrorCode.INVALID_VALUE.format(language, name, ex.getValue(), expected);
    }
    return CliErrorCode.UNREADABLE_ARGUMENTS.format(language, command); // never picocli's English sentence
  }

  private String enumValues(Class<?> type) {
    List<String> names = new ArrayList<>();
    for (Object c : type.getEnumConstants()) {
      names.add(c.toString());
    }
    return String.join(", ", names);
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
        || ex instanceof NoSuchFileException || ex instanceof AccessDeniedException) {
      return BAD_INPUT;
    }
    if (ex instanceof UncheckedIOException u && (u.getCause() instanceof NoSuchFileException
        || u.getCause() instanceof AccessDeniedException || u.getCause() instanceof CharacterCodingException)) {
      return BAD_INPUT;
    }
    if (ex instanceof CharacterCodingException || ex.getCause() instanceof CharacterCodingException) {
      return BAD_INPUT; // text that cannot be written as UTF-8 came from the input
    }
    return ERROR;
  }

  /**
   * A plan file's parse error as one line, {@code file:line:column: CODE [json path] detail}; plan-model's
   * reader has put the location, "did you mean" and the text in the reader's language.
   */
  static String planError(PlanParseException e, Language language) {
    return e.location() + ": " + e.code() + (e.path().isEmpty() ? "" : " [" + e.path() + "]") + " "
        + e.detail(language);
  }

  /** The message in English (for callers without a language). */
  static String messageOf(Throwable ex) {
    return messageOf(ex, Language.EN);
  }

  /**
   * The message of an exception in a language: the library's localized text where it has one, never an exception
   * class name.
   */
  static String messageOf(Throwable ex, Language language) {
    if (ex instanceof CliException c) {
      return c.message(language);
    }
    if (ex instanceof OutOfMemoryError) {
      return CliErrorCode.OUT_OF_MEMORY.format(language);
    }
    if (ex instanceof StackOverflowError) {
      return CliErrorCode.STACK_OVERFLOW.format(language);
    }
    Throwable io = ex instanceof UncheckedIOException u ? u.getCause() : ex;
    if (io instanceof NoSuchFileException n) {
      return CliErrorCode.NO_SUCH_FILE.format(language, n.getFile());
    }
    if (io instanceof AccessDeniedException a) {
      return CliErrorCode.UNREADABLE.format(language, a.getFile());
    }
    if (ex instanceof CharacterCodingException || ex.getCause() instanceof CharacterCodingException) {
      return CliErrorCode.UNENCODABLE_TEXT.format(language);
    }
    if (io instanceof IOException other) { // any other input/output failure: our own words by its kind
      return CliErrorCode.FAILED.format(language, IoReason.of(other));
    }
    if (ex instanceof PlanParseException p) {
      return planError(p, language);
    }
    if (ex instanceof CodedException coded) { // every library's coded exceptions, in the reader's language
      return coded.getMessage(language);
    }
    // not a library's coded failure (every library message is coded, LibraryMessageSourceTest): a defect, shown as
    // it is under the command line's own words so that it can be reported
    String m = ex.getMessage();
    return CliErrorCode.FAILED.format(language, m == null ? "" : m);
  }
}
