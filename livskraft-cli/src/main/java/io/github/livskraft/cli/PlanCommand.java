package io.github.livskraft.cli;

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
    description = "Validate plans and analyse their SDG coverage.",
    subcommands = {PlanCommand.Validate.class, PlanCommand.Coverage.class, PlanCommand.Suggest.class,
      PlanYearCommands.Calendar.class, PlanYearCommands.FollowUp.class, PlanYearCommands.Benefits.class},
    footer = {"", "Examples:",
      "  livskraft plan validate examples/plans/*.yaml",
      "  livskraft plan validate plans/*.yaml --lang nb --json",
      "  livskraft plan coverage plans/*.yaml --priority 2,3,4,9,11,13",
      "  livskraft plan coverage plans/*.yaml --csv > dekning.csv",
      "  livskraft plan suggest plans/klimaplan.yaml --lang nb",
      "  livskraft plan calendar examples/plans/*.yaml --year 2026 --ics arshjul.ics",
      "  livskraft plan followup examples/plans/illustrasjon-oppfolging-2025.yaml --period 2025",
      "  livskraft plan benefits examples/plans/illustrasjon-oppfolging-2025.yaml --rank",
      "", "Exit codes: 0 ok, 2 invalid plan or bad input / ugyldig plan eller inndata, 1 other errors."})
final class PlanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

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
  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = {"Check plan files: syntax and types, Bean Validation constraints (PLAN-V…) and coherence rules "
          + "(PLAN-C…). Prints one finding per line with file:line:column, code, plan#element and JSON path.",
        "Sjekker planfiler: syntaks, valideringsregler (PLAN-V…) og sammenhengsregler (PLAN-C…)."},
      footer = {"", "Examples:",
        "  livskraft plan validate examples/plans/*.yaml",
        "  livskraft plan validate plans/*.yaml --disable PLAN-C007,PLAN-C013 --lang nb",
        "  livskraft plan validate plan.yaml --strict --json",
        "", "Exit codes: 0 no errors (warnings allowed unless --strict), 2 errors found / feil funnet, 1 other."})
  static final class Validate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", converter = InputFile.class,
        description = "Plan files (.yaml, .yml or .json).")
    List<Path> files;

    @Mixin CliLanguage lang = new CliLanguage();

    @Option(names = "--json", description = "Print the findings as JSON.")
    boolean json;

    @Option(names = "--no-coherence", negatable = false, description = "Only parse and validate; skip the coherence rules.")
    boolean noCoherence;

    @Option(names = "--disable", split = ",", paramLabel = "CODE", description = "Switch coherence rules off, e.g. PLAN-C007.")
    List<String> disabled = new ArrayList<>();

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
        description = "Reference date for date rules (default: the latest date in the plans).")
    LocalDate asOf;

    @Option(names = "--strict", description = "Also fail (exit 2) on warnings.")
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
          throw CliException.badInput(e.getMessage());
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
            "message", PlanErrors.detail(e, lang.get()))).toList());
        result.put("findings", findings);
        out.println(PlanWriter.create().writeJson(result));
      } else {
        for (PlanParseException e : parseErrors) {
          out.println(PlanErrors.location(e) + ": ERROR " + e.code() + (e.path().isEmpty() ? "" : " [" + e.path() + "]")
              + " " + PlanErrors.detail(e, lang.get()));
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
  @Command(name = "coverage", mixinStandardHelpOptions = true,
      description = {"SDG coverage of the plans read as one chain: goals and targets addressed, by which elements, "
          + "how deeply (linked → has indicator → has target value → has data), and gaps against a priority set.",
        "Dekning av bærekraftsmålene: hvilke mål og delmål, av hvilke elementer, hvor dypt, og hull mot prioriterte mål."},
      footer = {"", "Examples:",
        "  livskraft plan coverage examples/plans/*.yaml --lang nb",
        "  livskraft plan coverage plans/*.yaml --priority 2,3,4,9,11,13 --lang nb",
        "  livskraft plan coverage plans/*.yaml --json",
        "  livskraft plan coverage plans/*.yaml --csv > dekning.csv",
        "", "Without --priority the plans' own priorityGoals are used."})
  static final class Coverage implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", converter = InputFile.class,
        description = "Plan files (.yaml, .yml or .json).")
    List<Path> files;

    @Option(names = "--priority", split = ",", paramLabel = "GOAL",
        description = "Priority goals, e.g. 2,3,4,9,11,13 (default: the plans' own priorityGoals).")
    List<String> priority;

    @Mixin CliLanguage lang = new CliLanguage();

    @CommandLine.ArgGroup(exclusive = true)
    Format format = new Format();

    @Option(names = "--no-formula-guard", description = "With --csv: write text cells that begin with = + - @ "
        + "as they are (default: prefixed with ' so a spreadsheet does not run them). Only for machine pipelines.")
    boolean noFormulaGuard;

    static final class Format {
      @Option(names = "--json", description = "Print JSON.")
      boolean json;

      @Option(names = "--csv", description = "Print CSV, one row per SDG link.")
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
  @Command(name = "suggest", mixinStandardHelpOptions = true,
      description = {"Suggest SDG links for plan elements from their title and description with the rule-based tagger. "
          + "Suggestions are printed, never written into the plan; copy the ones you accept "
          + "(provenance ACCEPTED_SUGGESTION).",
        "Foreslår koblinger til bærekraftsmål ut fra elementenes tekst; forslagene legges aldri inn automatisk."},
      footer = {"", "Examples:",
        "  livskraft plan suggest examples/plans/*.yaml",
        "  livskraft plan suggest plans/klimaplan.yaml --text-lang nn --json"})
  static final class Suggest implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", converter = InputFile.class,
        description = "Plan files (.yaml, .yml or .json).")
    List<Path> files;

    @Option(names = "--text-lang", paramLabel = "nb|nn|en", converter = CliLanguage.Converter.class,
        description = "Language of the plans' own text, which chooses the tagger's rule set (default: detected per "
            + "element). Not the output language: that is --lang.")
    Language textLanguage;

    @Mixin CliLanguage lang = new CliLanguage();

    @Option(names = "--json", description = "Print JSON.")
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
          out.println(String.format(Locale.ROOT, "%s#%s  %-5s %-9s confidence %.2f  rules %s  words %s  (%s)",
              s.planId(), s.elementId(), s.link().code(), s.link().role(), s.link().confidence().orElse(0.0),
              String.join(",", s.link().ruleIds()), String.join(", ", s.matchedText()), s.elementTitle()));
        }
        out.println(CliMessages.text("plan.suggest.summary", lang.get(), suggestions.size()));
      }
      out.flush();
      return ExitCodes.OK;
    }
  }
}
