package io.github.livskraft.cli;

import io.github.livskraft.sdg.IoReason;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.IndicatorCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.SdgCatalogue;
import io.github.livskraft.sdg.SdgException;
import io.github.livskraft.sdg.SearchHit;
import io.github.livskraft.sdg.TargetCode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code livskraft catalogue}: look up SDG goals, targets and indicators (en/nb/nn), search their texts and show
 * catalogue statistics. Codes are read leniently ("SDG 11", "11.06", "Target 11-6"); a malformed or unknown code
 * exits with 2 and an English and Norwegian message on stderr.
 */
@Command(name = "catalogue", mixinStandardHelpOptions = true)
final class CatalogueCommand implements Callable<Integer> {
  /**
   * The sub-commands in the order help lists them. They are not listed in the annotation: {@link Main} registers
   * only the one a command line names (all of them for help and suggestions), as for the root's sub-commands,
   * because picocli builds each registered sub-command's model by reflection at start-up.
   */
  static final List<String> SUBCOMMANDS = List.of("goal", "target", "indicator", "search", "stats");

  /**
   * A new instance of a sub-command (a switch, not a table of lambdas: nothing to bootstrap at start-up).
   *
   * @param name one of {@link #SUBCOMMANDS}
   * @return the sub-command's object
   */
  static Object newSubcommand(String name) {
    switch (name) {
      case "goal": return new GoalCommand();
      case "target": return new TargetCommand();
      case "indicator": return new IndicatorCommand();
      case "search": return new SearchCommand();
      case "stats": return new StatsCommand();
      default: throw new IllegalArgumentException("no catalogue sub-command " + name);
    }
  }

  @Spec CommandSpec spec;
  /** {@code --lang} given to the group itself ({@code livskraft catalogue --lang nn …}): its sub-commands use it. */
  @Mixin CliLanguage lang = new CliLanguage();

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.BAD_INPUT;
  }

  /** Options shared by every sub-command. */
  static final class Output {
    @Mixin CliLanguage lang = new CliLanguage();

    @Option(names = "--json")
    boolean json;
  }


  /** Runs a lookup; a catalogue error propagates (bad input, printed in the chosen language by ExitCodes). */
  static <T> T lookup(Callable<T> action) {
    try {
      return action.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (java.io.IOException e) {
      throw CliException.of(CliErrorCode.FAILED, IoReason.of(e));
    } catch (Exception e) { // no lookup throws another checked exception today; its text is not shown
      throw CliException.of(CliErrorCode.FAILED, CliMessages.fragment("why.unexpected"));
    }
  }

  static SdgCatalogue catalogue() {
    return SdgCatalogue.bundled();
  }

  /** Prints JSON or text; only the one asked for is built (JSON needs jackson-databind, slow to load). */
  static void print(PrintWriter out, Output output, Supplier<ObjectNode> json, Supplier<List<String>> text) {
    if (output.json) {
      out.println(CatalogueJson.write(json.get()));
    } else {
      for (String line : text.get()) {
        out.println(line);
      }
    }
    out.flush();
  }

  /** {@code livskraft catalogue goal [CODE]}. */
  @Command(name = "goal", mixinStandardHelpOptions = true)
  static final class GoalCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Output output;
    @Parameters(paramLabel = "CODE", arity = "0..1")
    String code;

    @Override
    public Integer call() {
      return run(spec.commandLine().getOut());
    }

    /** The command's work, also run by {@link QuickLookup} without a command-line model; lookups come first. */
    Integer run(PrintWriter out) {
      if (code == null) {
        print(out, output, () -> CatalogueJson.goals(catalogue(), output.lang.get()),
          () -> CatalogueText.goals(catalogue(), output.lang.get()));
        return ExitCodes.OK;
      }
      var goal = lookup(() -> catalogue().getGoal(GoalCode.parseLenient(code)));
      print(out, output, () -> CatalogueJson.goal(catalogue(), goal, output.lang.get()),
          () -> CatalogueText.goal(catalogue(), goal, output.lang.get()));
      return ExitCodes.OK;
    }
  }

  /** {@code livskraft catalogue target CODE}. */
  @Command(name = "target", mixinStandardHelpOptions = true)
  static final class TargetCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Output output;
    @Parameters(paramLabel = "CODE")
    String code;

    @Override
    public Integer call() {
      return run(spec.commandLine().getOut());
    }

    /** The command's work, also run by {@link QuickLookup} without a command-line model; lookups come first. */
    Integer run(PrintWriter out) {
      var target = lookup(() -> catalogue().getTarget(TargetCode.parseLenient(code)));
      print(out, output, () -> CatalogueJson.target(catalogue(), target, output.lang.get()),
          () -> CatalogueText.target(catalogue(), target, output.lang.get()));
      return ExitCodes.OK;
    }
  }

  /** {@code livskraft catalogue indicator CODE}. */
  @Command(name = "indicator", mixinStandardHelpOptions = true)
  static final class IndicatorCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Output output;
    @Parameters(paramLabel = "CODE")
    String code;

    @Override
    public Integer call() {
      return run(spec.commandLine().getOut());
    }

    /** The command's work, also run by {@link QuickLookup} without a command-line model; lookups come first. */
    Integer run(PrintWriter out) {
      IndicatorCode parsed = lookup(() -> IndicatorCode.parseLenient(code));
      var indicator = lookup(() -> catalogue().getIndicator(parsed));
      print(out, output, () -> CatalogueJson.indicator(catalogue(), indicator, parsed, output.lang.get()),
          () -> CatalogueText.indicator(catalogue(), indicator, parsed, output.lang.get()));
      return ExitCodes.OK;
    }
  }

  /** {@code livskraft catalogue search TEXT}. */
  @Command(name = "search", mixinStandardHelpOptions = true)
  static final class SearchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Output output;
    @Parameters(paramLabel = "TEXT", arity = "1..*")
    List<String> words;
    @Option(names = "--limit", defaultValue = "10")
    int limit;

    @Override
    public Integer call() {
      if (limit < 1) {
        throw CliException.input("err.limit", String.valueOf(limit));
      }
      String query = String.join(" ", words);
      if (query.isBlank()) {
        throw CliException.input("err.search-empty");
      }
      List<SearchHit> hits = catalogue().search(query, output.lang.get(), limit);
      print(spec.commandLine().getOut(), output, () -> CatalogueJson.search(query, output.lang.get(), hits),
          () -> CatalogueText.search(query, output.lang.get(), hits));
      return ExitCodes.OK;
    }
  }

  /** {@code livskraft catalogue stats}. */
  @Command(name = "stats", mixinStandardHelpOptions = true)
  static final class StatsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Output output;

    @Override
    public Integer call() {
      CatalogueStats stats = CatalogueStats.of(catalogue());
      print(spec.commandLine().getOut(), output, () -> CatalogueJson.stats(stats),
          () -> CatalogueText.stats(stats));
      return ExitCodes.OK;
    }
  }
}
