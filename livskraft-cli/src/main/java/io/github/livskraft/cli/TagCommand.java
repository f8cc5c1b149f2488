package io.github.livskraft.cli;

import io.github.livskraft.sdg.NumberText;

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
    subcommands = TagEvalCommand.class)
final class TagCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--text-lang", paramLabel = "nb|nn|en|auto", defaultValue = "auto")
  String textLang = "auto";

  @Mixin CliLanguage lang = new CliLanguage();

  @Option(names = "--level", paramLabel = "goal|target", defaultValue = "goal")
  Level level = Level.GOAL;

  @Option(names = "--threshold", paramLabel = "X")
  Double threshold;

  @Option(names = "--min-confidence", paramLabel = "X")
  Double minConfidence;

  @Option(names = "--second-opinion")
  boolean secondOpinion;

  @Option(names = "--rules", paramLabel = "FILE", converter = InputFile.class)
  List<Path> rules = new ArrayList<>();

  @Option(names = "--no-bundled")
  boolean noBundled;

  @Option(names = "--format", paramLabel = "text|jsonl|csv")
  TagInput.Format format;

  @Option(names = "--json")
  boolean json;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE")
  String file;

  /** Goal or target level. */
  enum Level { GOAL, TARGET }

  @Override
  public Integer call() {
    if (file == null) {
      throw CliException.input("err.tag-no-file");
    }
    SdgTagger tagger = tagger(threshold, minConfidence, secondOpinion, rules, noBundled);
    Language fixed = languageOption(textLang);
    TagInput.Format f = format != null ? format : TagInput.formatOf(file);
    InputStream stdin = System.in;
    List<TagInput.Doc> docs = TagInput.read(file, f, TagInput.readText(file, stdin));
    List<TagResult> results = new ArrayList<>();
    for (TagInput.Doc d : docs) {
      Language language = d.lang().isEmpty() ? fixed : Language.fromTag(d.lang()).orElseThrow(() ->
          CliException.input("err.row-lang", (file.equals("-") ? "<stdin>" : file) + ":" + d.line(), d.lang()));
      results.add(language == null ? tagger.tag(d.id(), d.text()) : tagger.tag(d.id(), d.text(), language));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ArrayNode arr = JsonNodeFactory.instance.arrayNode();
      results.forEach(r -> arr.add(json(r, level)));
      out.println(CatalogueJson.write(JsonNodeFactory.instance.objectNode().set("results", arr)));
    } else {
      results.forEach(r -> printText(out, r, level, lang.get()));
    }
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * The tagger for the options (bundled rules unless {@code noBundled}, plus extra rule files; {@code null} options
   * keep the library's defaults).
   */
  static SdgTagger tagger(Double threshold, Double minConfidence, boolean secondOpinion, List<Path> rules,
      boolean noBundled) {
    if (noBundled && rules.isEmpty()) {
      throw CliException.input("err.no-bundled");
    }
    if (threshold != null && !(threshold > 0)) {
      throw CliException.input("err.threshold", String.valueOf(threshold));
    }
    if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
      throw CliException.input("err.min-confidence", String.valueOf(minConfidence));
    }
    if (threshold == null && minConfidence == null && !secondOpinion && rules.isEmpty()) {
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
    if (minConfidence != null) {
      b.minConfidence(minConfidence);
    }
    b.secondOpinion(secondOpinion);
    return b.build();
  }

  /** {@code null} for auto. */
  static Language languageOption(String lang) {
    if (lang.equalsIgnoreCase("auto")) {
      return null;
    }
    return Language.fromTag(lang).orElseThrow(() -> CliException.input("err.text-lang", lang));
  }

  private static void printText(PrintWriter out, TagResult r, Level level, Language output) {
    out.println(r.id() + "  [" + r.language().tag() + "]");
    if (level == Level.GOAL) {
      if (r.goals().isEmpty()) {
        out.println("  (" + CliMessages.text("tag.no-goal", output) + ")");
      }
      for (GoalSuggestion g : r.goals()) {
        out.printf(Locale.ROOT, "  SDG %-3s %-50s %6s  %s%n", g.goal(), shortName(g.goal(), r.language()),
            NumberText.fixed(g.score(), 2, output), explain(g.matches()));
      }
    } else {
      if (r.targets().isEmpty()) {
        out.println("  (" + CliMessages.text("tag.no-target", output) + ")");
      }
      for (TargetSuggestion t : r.targets()) {
        out.printf(Locale.ROOT, "  %-6s %6s  %s%n", t.target(), NumberText.fixed(t.score(), 2, output),
            explain(t.matches()));
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
        o.put("evidence", g.evidence().id());
        o.put("confidence", g.confidence());
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
