package io.github.livskraft.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.livskraft.tagger.GoalSuggestion;
import io.github.livskraft.tagger.MatchSpan;
import io.github.livskraft.tagger.RuleMatch;
import io.github.livskraft.tagger.SdgTagger;
import io.github.livskraft.tagger.TagResult;
import io.github.livskraft.tagger.TargetSuggestion;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.SdgCatalogue;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code livskraft tag}: suggest SDG goals or targets for free text in bokmål, nynorsk or English, with the rules
 * that fired and the matched spans. {@code livskraft tag eval} measures the rules against labelled data.
 */
@Command(name = "tag", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Suggest SDGs for free text (bokmål, nynorsk, English), with the rules and spans behind each.",
    subcommands = TagEvalCommand.class,
    footer = {"", "Examples:",
      "  livskraft tag --text-lang nb saksframlegg.txt",
      "  livskraft tag --text-lang auto --json tiltak.jsonl",
      "  livskraft tag --level target --threshold 1.5 plan-elementer.csv",
      "  echo 'Kommunen skal halvere klimagassutsleppa innan 2030.' | livskraft tag --text-lang nn -",
      "  livskraft tag --rules lokale-regler.sdgrules --text-lang nb notat.txt",
      "  livskraft tag eval benchmark.csv --baseline baseline-predictions.csv",
      "", "Exit codes: 0 ok, 2 bad input or rule file (file:line:column) / ugyldig inndata eller regelfil,"
        + " 1 other errors."})
final class TagCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--text-lang", paramLabel = "nb|nn|en|auto", defaultValue = "auto",
      description = "Language of the input text, choosing the rule set: nb, nn, en or auto (detected per document;"
          + " a \"lang\" field in .jsonl/.csv input wins). Default: ${DEFAULT-VALUE}. Not the output language:"
          + " that is --lang.")
  String textLang = "auto";

  @Mixin CliLanguage lang = new CliLanguage();

  @Option(names = "--level", paramLabel = "goal|target", defaultValue = "goal",
      description = "Suggest goals (1–17) or targets (e.g. 13.2). Default: ${DEFAULT-VALUE}.")
  Level level = Level.GOAL;

  @Option(names = "--threshold", paramLabel = "X",
      description = "Minimum score of a suggestion (default " + SdgTagger.DEFAULT_THRESHOLD + ": one rule of"
          + " weight 1.0).")
  Double threshold;

  @Option(names = "--rules", paramLabel = "FILE", converter = InputFile.class, description = "Extra rule file(s) (see docs/tagging.md).")
  List<Path> rules = new ArrayList<>();

  @Option(names = "--no-bundled", description = "Use only the --rules files, not the bundled rule sets.")
  boolean noBundled;

  @Option(names = "--format", paramLabel = "text|jsonl|csv",
      description = "Input format; default: from the file name (.jsonl, .csv, otherwise one text document).")
  TagInput.Format format;

  @Option(names = "--json", description = "Print JSON: per document its id, language and the ranked goals (or"
      + " targets) with scores, matched rules and spans.")
  boolean json;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Input: a plain text file (one document), a .jsonl file ({\"id\": …, \"text\": …} per"
          + " line, optional \"lang\"), a .csv file (columns id,text, optional lang), or '-' for standard input.")
  String file;

  /** Goal or target level. */
  enum Level { GOAL, TARGET }

  @Override
  public Integer call() {
    if (file == null) {
      throw CliException.badInput("missing FILE (or '-' for standard input); try 'livskraft tag --help'"
          + " / mangler FIL (eller '-' for standard inn)");
    }
    SdgTagger tagger = tagger(threshold, rules, noBundled);
    Language fixed = languageOption(textLang);
    TagInput.Format f = format != null ? format : TagInput.formatOf(file);
    InputStream stdin = System.in;
    List<TagInput.Doc> docs = TagInput.read(file, f, TagInput.readText(file, stdin));
    List<TagResult> results = new ArrayList<>();
    for (TagInput.Doc d : docs) {
      Language language = d.lang().isEmpty() ? fixed : Language.fromTag(d.lang()).orElseThrow(() ->
          CliException.badInput((file.equals("-") ? "<stdin>" : file) + ":" + d.line() + ": lang '" + d.lang()
              + "' is not nb, nn or en / lang '" + d.lang() + "' er ikke nb, nn eller en"));
      results.add(language == null ? tagger.tag(d.id(), d.text()) : tagger.tag(d.id(), d.text(), language));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ArrayNode arr = JsonNodeFactory.instance.arrayNode();
      results.forEach(r -> arr.add(json(r, level)));
      out.println(CatalogueJson.write(JsonNodeFactory.instance.objectNode().set("results", arr)));
    } else {
      results.forEach(r -> printText(out, r, level));
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** The tagger for the options (bundled rules unless {@code noBundled}, plus extra rule files). */
  static SdgTagger tagger(Double threshold, List<Path> rules, boolean noBundled) {
    if (noBundled && rules.isEmpty()) {
      throw CliException.badInput("--no-bundled needs at least one --rules FILE / --no-bundled krever minst én"
          + " --rules FIL");
    }
    if (threshold != null && !(threshold > 0)) {
      throw CliException.badInput("--threshold must be above 0, not " + threshold + " / --threshold må være over 0");
    }
    if (threshold == null && rules.isEmpty()) {
      return SdgTagger.bundled();
    }
    SdgTagger.Builder b = SdgTagger.builder();
    if (!noBundled) {
      b.addBundled();
    }
    b.addRules(rules.toArray(Path[]::new));
    if (threshold != null) {
      b.threshold(threshold);
    }
    return b.build();
  }

  /** {@code null} for auto. */
  static Language languageOption(String lang) {
    if (lang.equalsIgnoreCase("auto")) {
      return null;
    }
    return Language.fromTag(lang).orElseThrow(() -> CliException.badInput("--text-lang: '" + lang
        + "' is not nb, nn, en or auto / '" + lang + "' er ikke nb, nn, en eller auto"));
  }

  private static void printText(PrintWriter out, TagResult r, Level level) {
    out.println(r.id() + "  [" + r.language().tag() + "]");
    if (level == Level.GOAL) {
      if (r.goals().isEmpty()) {
        out.println("  (no SDG above the threshold / ingen bærekraftsmål over terskelen)");
      }
      for (GoalSuggestion g : r.goals()) {
        out.printf(Locale.ROOT, "  SDG %-3s %-50s %6.2f  %s%n", g.goal(), shortName(g.goal(), r.language()),
            g.score(), explain(g.matches()));
      }
    } else {
      if (r.targets().isEmpty()) {
        out.println("  (no target above the threshold / ingen delmål over terskelen)");
      }
      for (TargetSuggestion t : r.targets()) {
        out.printf(Locale.ROOT, "  %-6s %6.2f  %s%n", t.target(), t.score(), explain(t.matches()));
      }
    }
  }

  private static String shortName(GoalCode goal, Language language) {
    try {
      return SdgCatalogue.bundled().findGoal(goal).map(g -> g.shortName(language)).orElse("");
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static String explain(List<RuleMatch> matches) {
    return matches.stream().map(m -> m.ruleId() + " " + m.spans().stream().limit(4).map(s -> "\"" + s.text() + "\"")
        .collect(Collectors.joining(", ")) + (m.spans().size() > 4 ? ", …" : "")).collect(Collectors.joining("; "));
  }

  static ObjectNode json(TagResult r, Level level) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode n = f.objectNode();
    n.put("id", r.id());
    n.put("language", r.language().tag());
    ArrayNode list = n.putArray(level == Level.GOAL ? "goals" : "targets");
    if (level == Level.GOAL) {
      for (GoalSuggestion g : r.goals()) {
        ObjectNode o = list.addObject();
        o.put("goal", g.goal().toString());
        o.put("score", g.score());
        o.put("primary", g.primary());
        o.put("explicit", g.explicit());
        o.put("explanation", g.explanation(Locale.forLanguageTag(r.language().tag())));
        o.set("matches", matches(g.matches()));
      }
    } else {
      for (TargetSuggestion t : r.targets()) {
        ObjectNode o = list.addObject();
        o.put("target", t.target().toString());
        o.put("score", t.score());
        o.put("explanation", t.explanation(Locale.forLanguageTag(r.language().tag())));
        o.set("matches", matches(t.matches()));
      }
    }
    return n;
  }

  private static ArrayNode matches(List<RuleMatch> matches) {
    ArrayNode arr = JsonNodeFactory.instance.arrayNode();
    for (RuleMatch m : matches) {
      ObjectNode o = arr.addObject();
      o.put("rule", m.ruleId());
      o.put("code", m.code());
      o.put("language", m.language().tag());
      o.put("weight", m.weight());
      o.put("contribution", m.contribution());
      ArrayNode spans = o.putArray("spans");
      for (MatchSpan s : m.spans()) {
        spans.addObject().put("start", s.start()).put("end", s.end()).put("text", s.text());
      }
    }
    return arr;
  }
}
