package io.github.livskraft.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.livskraft.indicators.DataSource;
import io.github.livskraft.indicators.IndicatorDefinition;
import io.github.livskraft.indicators.IndicatorLibrary;
import io.github.livskraft.indicators.TargetLink;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.LocalizedText;
import io.github.livskraft.sdg.TargetCode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code livskraft indicators}: the municipal indicator library (list, show) and computation of values, progress to
 * target and dashboard ratings from tidy CSV series files (compute).
 */
@Command(name = "indicators", mixinStandardHelpOptions = true,
    subcommands = {IndicatorsCommand.ListCommand.class, IndicatorsCommand.ShowCommand.class,
      IndicatorsComputeCommand.class, IndicatorsFetchCommand.class})
final class IndicatorsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  /** {@code --lang} given to the group itself ({@code livskraft indicators --lang nn …}): its sub-commands use it. */
  @Mixin CliLanguage lang = new CliLanguage();

  /** The JSON mapper, created on first use (jackson-databind is slow to load; text output does not need it). */
  private static final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  }

  static ObjectMapper json() {
    return Json.MAPPER;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.BAD_INPUT;
  }

  /** Options shared by the sub-commands. */
  static final class Common {
    @Mixin CliLanguage lang = new CliLanguage();

    Language language() {
      return lang.get();
    }

    @Option(names = "--definitions", paramLabel = "FILE", converter = InputFile.class)
    List<Path> definitions = new ArrayList<>();

    IndicatorLibrary library() {
      IndicatorLibrary lib = IndicatorLibrary.bundled();
      for (Path p : definitions) {
        lib = lib.mergeOverriding(IndicatorLibrary.load(p));
      }
      return lib;
    }
  }

  /** {@code livskraft indicators list}. */
  @Command(name = "list", mixinStandardHelpOptions = true)
  static final class ListCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Common common;

    @Option(names = "--json")
    boolean json;

    @Option(names = "--goal", paramLabel = "N")
    String goal;

    @Option(names = "--target", paramLabel = "T")
    String target;

    @Option(names = "--theme")
    String theme;

    @Option(names = "--verified")
    boolean verifiedOnly;

    @Override
    public Integer call() {
      IndicatorLibrary lib = common.library();
      List<IndicatorDefinition> defs = lib.all();
      if (goal != null) {
        GoalCode g = GoalCode.parseLenient(goal);
        defs = defs.stream().filter(d -> d.goals().contains(g)).toList();
      }
      if (target != null) {
        TargetCode t = TargetCode.parseLenient(target);
        defs = defs.stream().filter(d -> d.targetLinks().stream().anyMatch(l -> l.target().equals(t))).toList();
      }
      if (theme != null) {
        defs = defs.stream().filter(d -> d.theme().equalsIgnoreCase(theme)).toList();
      }
      if (verifiedOnly) {
        defs = defs.stream().filter(IndicatorDefinition::verified).toList();
      }
      PrintWriter out = spec.commandLine().getOut();
      Language lang = common.language();
      if (json) {
        ArrayNode arr = json().createArrayNode();
        defs.forEach(d -> arr.add(IndicatorsText.json(json(), d, false)));
        ObjectNode root = json().createObjectNode();
        root.put("count", defs.size());
        root.set("indicators", arr);
        out.println(root.toPrettyString());
        return ExitCodes.OK;
      }
      List<String[]> rows = new ArrayList<>();
      boolean en = lang == Language.EN;
      rows.add(new String[] {"id", en ? "name" : "navn", en ? "unit" : "enhet", en ? "targets" : "delmål",
          en ? "verified" : "verifisert"});
      for (IndicatorDefinition d : defs) {
        rows.add(new String[] {d.id(), d.nameIn(lang), d.unit().text(lang), IndicatorsText.targets(d),
            d.verified() ? (en ? "yes" : "ja") : (en ? "no" : "nei")});
      }
      IndicatorsText.table(out, rows);
      long verified = defs.stream().filter(IndicatorDefinition::verified).count();
      out.println();
      out.println(en ? defs.size() + " indicators, " + verified + " with SSB table and ContentsCode verified."
          : defs.size() + " indikatorer, " + verified + " med verifisert SSB-tabell og ContentsCode.");
      return ExitCodes.OK;
    }
  }

  /** {@code livskraft indicators show ID}. */
  @Command(name = "show", mixinStandardHelpOptions = true)
  static final class ShowCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Common common;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Option(names = "--json")
    boolean json;

    @Override
    public Integer call() {
      IndicatorDefinition d = common.library().get(id.strip().toLowerCase(Locale.ROOT));
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(IndicatorsText.json(json(), d, true).toPrettyString());
        return ExitCodes.OK;
      }
      Language lang = common.language();
      boolean en = lang == Language.EN;
      out.println(d.id() + "  " + d.nameIn(lang));
      d.description().ifPresent(x -> out.println("  " + x.text(lang)));
      out.println();
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {en ? "unit" : "enhet", d.unit().text(lang) + " (" + d.decimals()
          + (en ? " decimals)" : " desimaler)")});
      rows.add(new String[] {en ? "direction" : "retning", IndicatorsText.direction(d, lang)
          + d.limit().map(l -> (en ? ", natural limit " : ", naturlig grense ") + l).orElse("")});
      StringBuilder t = new StringBuilder();
      for (TargetLink l : d.targetLinks()) {
        t.append(t.length() == 0 ? "" : ", ").append(l.target()).append(' ')
            .append(l.role().name().toLowerCase(Locale.ROOT));
      }
      rows.add(new String[] {en ? "SDG targets" : "bærekraftsdelmål", t.toString()});
      d.unIndicator().ifPresent(u -> rows.add(new String[] {en ? "UN indicator" : "FN-indikator", u.toString()}));
      rows.add(new String[] {en ? "formula" : "formel", d.formula().kind().name().toLowerCase(Locale.ROOT) + ": "
          + d.formula().text()});
      rows.add(new String[] {en ? "aggregation" : "aggregering", d.aggregation().name().toLowerCase(Locale.ROOT)});
      rows.add(new String[] {en ? "verified" : "verifisert", d.verified() ? (en ? "yes" : "ja")
          : (en ? "no: check the sources below" : "nei: sjekk kildene under")});
      rows.add(new String[] {en ? "derived" : "avledet", d.derived() ? (en ? "yes" : "ja") : (en ? "no" : "nei")});
      IndicatorsText.table(out, rows);
      out.println();
      out.println(en ? "Sources:" : "Kilder:");
      for (DataSource s : d.sources()) {
        out.println("  " + s.key() + ": " + s.publisher() + s.tableId().map(x -> ", table " + x).orElse("")
            + s.contentsCode().map(x -> ", ContentsCode " + x).orElse("") + (s.verified()
                ? (en ? " (verified)" : " (verifisert)") : (en ? " (unverified)" : " (ikke verifisert)")));
        s.note().ifPresent(n -> out.println("    " + n));
        s.url().ifPresent(u -> out.println("    " + u));
      }
      if (!d.caveats().isEmpty()) {
        out.println();
        out.println(en ? "Caveats:" : "Forbehold:");
        for (LocalizedText c : d.caveats()) {
          out.println("  - " + c.text(lang));
        }
      }
      return ExitCodes.OK;
    }
  }
}
