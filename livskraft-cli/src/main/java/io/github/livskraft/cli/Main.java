package io.github.livskraft.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import io.github.livskraft.sdg.Language;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * Entry point of the {@code livskraft} command. Exit codes: 0 ok, 2 bad input (message on stderr), 1 other
 * errors.
 */
public final class Main {
  /** The sub-commands in the order the root help lists them. */
  static final List<String> SUBCOMMANDS = List.of("catalogue", "plan", "tag", "indicators", "jsonstat", "ssb",
      "klass", "report", "case", "serve");

  /** Sub-commands that never start Hibernate Validator (plan-model), so need not quieten its logger. */
  private static final Set<String> WITHOUT_VALIDATOR = Set.of("catalogue", "jsonstat", "ssb", "klass");

  /**
   * Hibernate Validator (used by plan-model) announces its version on java.util.logging at INFO, which would be the
   * first line a user sees on stderr. The CLI raises that logger to WARNING before a command that may use it; the
   * reference is kept because java.util.logging holds loggers weakly.
   */
  private static final class ValidatorLogging {
    static final Logger LOGGER = Logger.getLogger("org.hibernate.validator");

    static {
      LOGGER.setLevel(Level.WARNING);
    }

    static void ensure() {
      // initialising the class sets the level
    }
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
    return run(args, out, err, true);
  }

  /**
   * Runs the command; {@code quick} allows a plain catalogue lookup to run without picocli's model
   * ({@link QuickLookup}), which tests turn off to compare both paths.
   */
  static int run(String[] args, PrintWriter out, PrintWriter err, boolean quick) {
    Language language = CliLanguage.fromArgs(args, Locale.getDefault());
    try {
      Integer done = quick ? QuickLookup.run(args, out) : null;
      if (done != null) {
        return done;
      }
      CommandLine cl = newCommandLine(args, language);
      // one language per command line: a --lang given to the root or a group is every sub-command's default; with
      // none given, each command keeps its own default (the locale's, or e.g. the language of a case document)
      Optional<Language> given = CliLanguage.given(args);
      if (given.isPresent()) {
        cl.setDefaultValueProvider(new GivenLanguage(given.get()));
      }
      cl.setOut(out);
      cl.setErr(err);
      return cl.execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      // resource exhaustion: a message that says which limit to raise, never a raw stack trace (issue 17)
      err.println("livskraft: " + ExitCodes.messageOf(e, language));
      err.flush();
      return ExitCodes.ERROR;
    }
  }

  /** The {@code --lang} given to the root or a group, as the default of every sub-command's {@code --lang}. */
  private static final class GivenLanguage implements CommandLine.IDefaultValueProvider {
    private final Language language;

    GivenLanguage(Language language) {
      this.language = language;
    }

    @Override
    public String defaultValue(CommandLine.Model.ArgSpec arg) {
      return arg instanceof CommandLine.Model.OptionSpec o && o.longestName().equals("--lang") ? language.tag() : null;
    }
  }

  /** The configured command line with every sub-command (for help and tests). */
  static CommandLine newCommandLine() {
    return newCommandLine(CliLanguage.fromLocale(Locale.getDefault()));
  }

  /** The configured command line with every sub-command and the help texts of a language (for tests). */
  static CommandLine newCommandLine(Language language) {
    CommandLine cl = configure(withSubcommands(SUBCOMMANDS), language);
    cl.setResourceBundle(HelpTexts.bundle(language));
    cl.setHelpFactory(new LocalizedHelp(cl, language, true));
    return cl;
  }

  /**
   * The configured command line for these arguments: only the sub-command they name is registered (picocli builds
   * a sub-command's model by reflection when it is added, the bulk of start-up), none for {@code --version}, all of
   * them when no known sub-command is named (root help, and "did you mean" for a misspelt one).
   */
  static CommandLine newCommandLine(String[] args, Language language) {
    String first = null;
    int firstAt = -1;
    boolean version = false;
    for (int i = 0; i < args.length && first == null; i++) {
      String a = args[i];
      if (a.equals("--lang")) {
        i++; // its value
      } else if (!a.startsWith("-")) {
        first = a;
        firstAt = i;
      } else if (a.equals("-V") || a.equals("--version")) {
        version = true;
      }
    }
    List<String> names;
    if (first != null && SUBCOMMANDS.contains(first)) {
      names = List.of(first);
    } else if (first == null && version) {
      names = List.of();
    } else {
      names = SUBCOMMANDS;
    }
    if (names.stream().anyMatch(n -> !WITHOUT_VALIDATOR.contains(n))) {
      quietenValidatorLogging();
    }
    String nested = names.size() == 1 ? nestedName(args, firstAt + 1) : null;
    return configure(withSubcommands(names, nested), language);
  }

  private static CommandLine withSubcommands(List<String> names) {
    return withSubcommands(names, null);
  }

  /**
   * The root with these sub-commands. A group command (catalogue) gets only its sub-command {@code nested} when that
   * names one of them, else all of them (its help and "did you mean" list them).
   */
  private static CommandLine withSubcommands(List<String> names, @Nullable String nested) {
    CommandLine cl = new CommandLine(new LivskraftCommand());
    for (String name : names) {
      cl.addSubcommand(name, newSubcommand(name));
      if (name.equals("catalogue")) {
        CommandLine group = cl.getSubcommands().get(name);
        boolean one = nested != null && CatalogueCommand.SUBCOMMANDS.contains(nested);
        for (String sub : one ? List.of(nested) : CatalogueCommand.SUBCOMMANDS) {
          group.addSubcommand(sub, CatalogueCommand.newSubcommand(sub));
        }
      }
    }
    return cl;
  }

  /**
   * The group's sub-command named at {@code from}: the first word there, after any {@code --lang X}; null when
   * another option comes first (such as {@code --help}, which lists every sub-command) or when there is none.
   */
  private static @Nullable String nestedName(String[] args, int from) {
    for (int i = Math.max(from, 0); i < args.length && from > 0; i++) {
      String a = args[i];
      if (a.equals("--lang")) {
        i++; // its value
      } else if (a.startsWith("--lang=")) {
        continue;
      } else {
        return a.startsWith("-") ? null : a;
      }
    }
    return null;
  }

  /** A new instance of a sub-command (a switch, not a table of lambdas: nothing to bootstrap at start-up). */
  private static Object newSubcommand(String name) {
    switch (name) {
      case "catalogue": return new CatalogueCommand();
      case "plan": return new PlanCommand();
      case "tag": return new TagCommand();
      case "indicators": return new IndicatorsCommand();
      case "jsonstat": return new JsonStatCommand();
      case "ssb": return new SsbCommand();
      case "klass": return new KlassCommand();
      case "report": return new ReportCommand();
      case "case": return new CaseCommand();
      case "serve": return new ServeCommand();
      default: throw new IllegalArgumentException("no sub-command " + name);
    }
  }

  private static CommandLine configure(CommandLine cl, Language language) {
    ExitCodes handler = new ExitCodes(language);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setUsageHelpWidth(USAGE_WIDTH);
    cl.setHelpFactory(new LocalizedHelp(cl, language, false));
    cl.setExecutionExceptionHandler(handler);
    cl.setParameterExceptionHandler(new ParameterErrors(handler));
    return cl;
  }

  /**
   * Passes parse errors to {@link ExitCodes}. A named class, not a method reference: a lambda implementing one of
   * picocli's interfaces (Java 5 class files) makes the CDS dump link them, and linked pre-Java-6 classes are left
   * out of the archive, with ExitCodes; loading those at start-up then searches the whole class path.
   */
  private static final class ParameterErrors implements CommandLine.IParameterExceptionHandler {
    private final ExitCodes handler;

    ParameterErrors(ExitCodes handler) {
      this.handler = handler;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
      return handler.handleParameterException(ex, args);
    }
  }

  /**
   * Creates picocli's help after giving the whole command line the help texts of the language: the bundle is read
   * only when a help or usage text is printed, not for every run (it is the size of all commands' help).
   */
  private static final class LocalizedHelp implements CommandLine.IHelpFactory {
    private final CommandLine root;
    private final Language language;
    private boolean loaded;

    LocalizedHelp(CommandLine root, Language language, boolean loaded) {
      this.root = root;
      this.language = language;
      this.loaded = loaded;
    }

    @Override
    public CommandLine.Help create(CommandLine.Model.CommandSpec spec, CommandLine.Help.ColorScheme colorScheme) {
      if (!loaded) {
        loaded = true;
        root.setResourceBundle(HelpTexts.bundle(language));
      }
      return new LocalizedLabels(spec, colorScheme);
    }
  }

  /**
   * Help whose parameter labels ({@code FILE}, {@code CODE}, {@code yyyy-MM-dd}) are in the help bundle's language:
   * picocli takes descriptions from a bundle but not labels, so every place that renders a label (synopsis, option
   * list, positional parameters) goes through this renderer.
   */
  private static final class LocalizedLabels extends CommandLine.Help {
    private final CommandLine.Help.IParamLabelRenderer labels;

    LocalizedLabels(CommandLine.Model.CommandSpec spec, CommandLine.Help.ColorScheme colorScheme) {
      super(spec, colorScheme);
      CommandLine.Help.IParamLabelRenderer plain = super.parameterLabelRenderer();
      ResourceBundle bundle = spec.resourceBundle();
      this.labels = bundle == null ? plain : new CommandLine.Help.IParamLabelRenderer() {
        @Override
        public CommandLine.Help.Ansi.Text renderParameterLabel(CommandLine.Model.ArgSpec arg,
            CommandLine.Help.Ansi ansi, List<CommandLine.Help.Ansi.IStyle> styles) {
          CommandLine.Help.Ansi.Text text = plain.renderParameterLabel(arg, ansi, styles);
          String english = text.plainString();
          String override = arg instanceof CommandLine.Model.OptionSpec o && arg.command() != null
              ? arg.command().qualifiedName(".") + "." + o.longestName().replaceFirst("^-+", "") + ".paramLabel"
              : null;
          String localized = HelpTexts.label(english, arg.paramLabel(), override, bundle);
          return localized.equals(english) ? text : ansi.apply(localized, styles);
        }

        @Override
        public String separator() {
          return plain.separator();
        }
      };
    }

    @Override
    public CommandLine.Help.IParamLabelRenderer parameterLabelRenderer() {
      return labels;
    }
  }

  /** Help is laid out for this many columns, wide enough that no code, id or example is broken mid-token. */
  static final int USAGE_WIDTH = 120;

  private static void quietenValidatorLogging() {
    ValidatorLogging.ensure();
  }
}
