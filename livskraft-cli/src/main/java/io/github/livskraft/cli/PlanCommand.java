package io.github.livskraft.cli;

import io.github.livskraft.sdg.NumberText;

import io.github.livskraft.plan.Finding;
import io.github.livskraft.plan.PlanChain;
import io.github.livskraft.plan.PlanParseException;
import io.github.livskraft.plan.Severity;
import io.github.livskraft.plan.analysis.PlanAnalyzer;
import io.github.livskraft.plan.coherence.CoherenceChecker;
import io.github.livskraft.plan.coverage.CoverageAnalyzer;
import io.github.livskraft.plan.coverage.CoverageReport;
import io.github.livskraft.plan.io.LoadedPlanDocument;
import io.github.livskraft.plan.io.PlanReader;
import io.github.livskraft.plan.io.PlanWriter;
import io.github.livskraft.plan.suggest.LinkSuggester;
import io.github.livskraft.plan.suggest.LinkSuggestion;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code livskraft plan}: validate plan files (YAML/JSON) and analyse their SDG coverage and coherence; suggest
 * SDG links from element text.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
    subcommands = {PlanCommand.Validate.class, PlanCommand.Coverage.class, PlanCommand.Suggest.class,
      PlanYearCommands.Calendar.class, PlanYearCommands.FollowUp.class, PlanYearCommands.Benefits.class})
final class PlanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  /** {@code --lang} given to the group itself ({@code livskraft plan --lang nn …}): its sub-commands use it. */
  @Mixin CliLanguage lang = new CliLanguage();

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.BAD_INPUT;
  }

  /** Reads every file; parse errors are collected (with file, line, column and path), not thrown. */
  static List<LoadedPlanDocument> read(List<Path> files, List<PlanParseException> errors) {
    PlanReader reader = PlanReader.create();
    List<LoadedPlanDocument> docs = new ArrayList<>();
    for (Path f : files) {
      try {
        docs.add(reader.read(f));
      } catch (PlanParseException e) {
        errors.add(e);
      }
    }
    return docs;
  }

  /** Reads every file and fails with exit code 2 on the first parse error. */
  static List<LoadedPlanDocument> readAll(List<Path> files) {
    List<PlanParseException> errors = new ArrayList<>();
    List<LoadedPlanDocument> docs = read(files, errors);
    if (!errors.isEmpty()) {
      throw errors.get(0);
    }
    return docs;
  }

  static PlanChain chain(List<LoadedPlanDocument> docs) {
    return PlanChain.ofDocuments(docs.stream().map(LoadedPlanDocument::document).toList());
  }

  /** {@code livskraft plan validate FILE…}. */
  @Command(name = "validate", mixinStandardHelpOptions = true)
  static final class Validate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", converter = InputFile.class)
    List<Path> files;

    @Mixin CliLanguage lang = new CliLanguage();

    @Option(names = "--json")
    boolean json;

    @Option(names = "--no-coherence", negatable = false)
    boolean noCoherence;

    @Option(names = "--disable", split = ",", paramLabel = "CODE")
    List<String> disabled = new ArrayList<>();

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD")
    LocalDate asOf;

    @Option(names = "--strict")
    boolean strict;

    @Override
    public Integer call() {
      List<PlanParseException> parseErrors = new ArrayList<>();
      List<LoadedPlanDocument> docs = read(files, parseErrors);
      PlanAnalyzer.Builder analyzer = PlanAnalyzer.builder();
      if (noCoherence) {
        analyzer.withoutCoherence();
      } else {
        CoherenceChecker.Builder b = CoherenceChecker.builder();
        try {
          b.disable(disabled.toArray(String[]::new));
        } catch (IllegalArgumentException e) {
          throw CliException.badInput(e);
        }
        if (asOf != null) {
          b.asOf(asOf);
        }
        analyzer.coherence(b.build());
      }
      List<Finding> findings = analyzer.build().analyse(docs).findings();
      long errors = parseErrors.size() + findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
      long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
      long infos = findings.stream().filter(f -> f.severity() == Severity.INFO).count();
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("files", files.stream().map(Path::toString).toList());
        result.put("valid", errors == 0);
        result.put("parseErrors", parseErrors.stream().map(e -> Map.of("code", e.code(), "file",
            e.location().file(), "line", e.location().line(), "column", e.location().column(), "path", e.path(),
            "message", e.detail(lang.get()))).toList());
        result.put("findings", findings);
        out.println(PlanWriter.create().writeJson(result));
      } else {
        for (PlanParseException e : parseErrors) {
          out.println(e.location() + ": ERROR " + e.code() + (e.path().isEmpty() ? "" : " [" + e.path() + "]")
              + " " + e.detail(lang.get()));
        }
        for (Finding f : findings) {
          out.println(f.format(lang.get()));
        }
        int plans = docs.stream().mapToInt(d -> d.document().plans().size()).sum();
        out.println(CliMessages.text("plan.validate.summary", lang.get(), files.size(), plans, errors, warnings,
            infos));
      }
      out.flush();
      return errors > 0 || strict && warnings > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }
  }

  /** {@code livskraft plan coverage FILE…}. */
  @Command(name = "coverage", mixinStandardHelpOptions = true)
  static final class Coverage implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", converter = InputFile.class)
    List<Path> files;

    @Option(names = "--priority", split = ",", paramLabel = "GOAL")
    List<String> priority;

    @Mixin CliLanguage lang = new CliLanguage();

    @CommandLine.ArgGroup(exclusive = true)
    Format format = new Format();

    @Option(names = "--no-formula-guard")
    boolean noFormulaGuard;

    static final class Format {
      @Option(names = "--json")
      boolean json;

      @Option(names = "--csv")
      boolean csv;
    }

    @Override
    public Integer call() {
      CoverageAnalyzer.Builder b = CoverageAnalyzer.builder();
      if (priority != null) {
        List<GoalCode> goals = new ArrayList<>();
        for (String p : priority) {
          goals.add(CatalogueCommand.lookup(() -> GoalCode.parseLenient(p)));
        }
        b.priority(goals);
      }
      CoverageReport report = b.build().analyse(chain(readAll(files)));
      PrintWriter out = spec.commandLine().getOut();
      if (format.json) {
        out.println(PlanWriter.create().writeJson(report));
      } else if (format.csv) {
        out.print(report.toCsv(!noFormulaGuard));
      } else {
        out.print(report.toText(lang.get()));
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  /** {@code livskraft plan suggest FILE…}. */
  @Command(name = "suggest", mixinStandardHelpOptions = true)
  static final class Suggest implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", converter = InputFile.class)
    List<Path> files;

    @Option(names = "--text-lang", paramLabel = "nb|nn|en", converter = CliLanguage.Converter.class)
    Language textLanguage;

    @Mixin CliLanguage lang = new CliLanguage();

    @Option(names = "--json")
    boolean json;

    @Override
    public Integer call() {
      LinkSuggester suggester = textLanguage == null ? LinkSuggester.create()
          : LinkSuggester.create().withLanguage(textLanguage);
      List<LinkSuggestion> suggestions = suggester.suggest(chain(readAll(files)));
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(PlanWriter.create().writeJson(suggestions));
      } else {
        for (LinkSuggestion s : suggestions) {
          out.println(String.format(Locale.ROOT, "%s#%s  %-5s %-9s ", s.planId(), s.elementId(), s.link().code(),
              s.link().role()) + CliMessages.text("plan.suggest.line", lang.get(),
              NumberText.fixed(s.link().confidence().orElse(0.0), 2, lang.get()), String.join(",", s.link().ruleIds()),
              String.join(", ", s.matchedText()), s.elementTitle()));
        }
        out.println(CliMessages.text("plan.suggest.summary", lang.get(), suggestions.size()));
      }
      out.flush();
      return ExitCodes.OK;
    }
  }
}
