package io.github.livskraft.cli;

import io.github.livskraft.sdg.IoReason;
import io.github.livskraft.sdg.internal.io.AtomicFiles;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.livskraft.jsonstat.JsonStatCsv;
import io.github.livskraft.jsonstat.JsonStatWriter;
import io.github.livskraft.kostra.pxweb.ApiVersion;
import io.github.livskraft.kostra.pxweb.CodelistRef;
import io.github.livskraft.kostra.pxweb.DataQuery;
import io.github.livskraft.kostra.pxweb.PxWebException;
import io.github.livskraft.kostra.pxweb.Selection;
import io.github.livskraft.kostra.pxweb.StatbankClient;
import io.github.livskraft.kostra.pxweb.StatbankResult;
import io.github.livskraft.kostra.pxweb.TableMetadata;
import io.github.livskraft.kostra.pxweb.Variable;
import io.github.livskraft.sdg.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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

/** {@code livskraft ssb}: Statistics Norway statbank: table metadata and data (PxWebApi). */
@Command(name = "ssb", mixinStandardHelpOptions = true,
    subcommands = {SsbCommand.MetaCommand.class, SsbCommand.FetchCommand.class})
final class SsbCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  /** {@code --lang} given to the group itself ({@code livskraft ssb --lang nn …}): its sub-commands use it. */
  @Mixin CliLanguage lang = new CliLanguage();

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.BAD_INPUT;
  }

  static StatbankClient client(SsbOptions options, Language lang, String api) {
    var connection = options.connection(SsbOptions.ssbLanguage(lang));
    return switch (api.toLowerCase(Locale.ROOT)) {
      case "v2" -> StatbankClient.create(connection);
      case "v2-only" -> StatbankClient.create(connection, ApiVersion.V2);
      case "v1" -> StatbankClient.create(connection, ApiVersion.V1);
      default -> throw CliException.of(CliErrorCode.INVALID_VALUE, "--api", api, CliMessages.fragment("expected.api"));
    };
  }

  /** Query errors are the user's input; everything else (network, SSB down) is exit 1. */
  static RuntimeException translate(PxWebException e) {
    return e.isBadRequest() ? CliException.badInput(e) : e;
  }

  static void checkTable(String table) {
    if (!table.matches("[A-Za-z0-9_]{1,40}")) {
      throw CliException.input("err.table-id", table);
    }
  }

  /** {@code livskraft ssb meta TABLE}. */
  @Command(name = "meta", mixinStandardHelpOptions = true)
  static final class MetaCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin SsbOptions options;

    @Parameters(index = "0", paramLabel = "TABLE")
    String table;

    @Option(names = "--json")
    boolean json;

    @Option(names = "--all-values")
    boolean allValues;

    @Mixin CliLanguage lang = new CliLanguage();

    @Option(names = "--api", defaultValue = "v2")
    String api;

    @Override
    public Integer call() {
      checkTable(table);
      TableMetadata meta;
      try {
        meta = client(options, lang.get(), api).metadata(table);
      } catch (PxWebException e) {
        throw translate(e);
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(toJson(meta));
      } else {
        out.println(meta.tableId() + ": " + meta.label());
        out.println("updated: " + (meta.updated().isEmpty() ? "(not given by this API)" : meta.updated())
            + "   api: " + meta.api().name().toLowerCase(Locale.ROOT) + "   cells in table: "
            + String.format(Locale.ROOT, "%,d", meta.totalCells()));
        for (Variable v : meta.variables()) {
          StringBuilder flags = new StringBuilder();
          if (v.time()) {
            flags.append(" time");
          }
          if (meta.regionVariable().map(r -> r.code().equals(v.code())).orElse(false)) {
            flags.append(" region");
          }
          flags.append(v.eliminable() ? " may be left out" : " must be selected");
          out.println();
          out.println(v.code() + " (" + v.label() + "): " + v.size() + " values;" + flags);
          List<Variable.Value> shown = v.values();
          if (!allValues && shown.size() > 8) {
            List<Variable.Value> s = new ArrayList<>(shown.subList(0, 5));
            s.addAll(shown.subList(shown.size() - 2, shown.size()));
            shown = s;
          }
          for (int i = 0; i < shown.size(); i++) {
            Variable.Value val = shown.get(i);
            if (!allValues && v.size() > 8 && i == 5) {
              out.println("    … " + (v.size() - 7) + " more (--all-values)");
            }
            Variable.Unit unit = v.units().get(val.code());
            out.println("    " + val.code() + "  " + val.label() + (unit == null ? "" : "  [" + unit.base()
                + (unit.decimals().isPresent() ? ", " + unit.decimals().getAsInt() + " decimals" : "") + "]"));
          }
          for (CodelistRef c : v.codelists()) {
            out.println("    codelist " + c.id() + "  " + c.label());
          }
        }
        out.println();
        out.println("Kilde: Statistisk sentralbyrå (CC BY 4.0)");
      }
      return ExitCodes.OK;
    }

    private static String toJson(TableMetadata meta) {
      ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ObjectNode root = m.createObjectNode();
      root.put("table", meta.tableId());
      root.put("label", meta.label());
      root.put("updated", meta.updated());
      root.put("api", meta.api().name().toLowerCase(Locale.ROOT));
      root.put("attribution", "Kilde: Statistisk sentralbyrå, CC BY 4.0");
      ArrayNode vars = root.putArray("variables");
      for (Variable v : meta.variables()) {
        ObjectNode o = vars.addObject();
        o.put("code", v.code());
        o.put("label", v.label());
        o.put("time", v.time());
        o.put("eliminable", v.eliminable());
        ArrayNode values = o.putArray("values");
        for (Variable.Value val : v.values()) {
          ObjectNode vo = values.addObject().put("code", val.code()).put("label", val.label());
          Variable.Unit u = v.units().get(val.code());
          if (u != null) {
            vo.put("unit", u.base());
            if (u.decimals().isPresent()) {
              vo.put("decimals", u.decimals().getAsInt());
            }
          }
        }
        ArrayNode cls = o.putArray("codelists");
        v.codelists().forEach(c -> cls.addObject().put("id", c.id()).put("label", c.label()).put("type", c.type()));
      }
      try {
        return m.writeValueAsString(root);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** {@code livskraft ssb fetch TABLE …}. */
  @Command(name = "fetch", mixinStandardHelpOptions = true)
  static final class FetchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin SsbOptions options;

    @Parameters(index = "0", paramLabel = "TABLE")
    String table;

    @Option(names = "--contents", paramLabel = "CODES")
    String contents;

    @Option(names = "--region", paramLabel = "CODES")
    String region;

    @Option(names = "--years", paramLabel = "SPEC")
    String years;

    @Option(names = "--select", paramLabel = "VAR=SPEC")
    List<String> select = new ArrayList<>();

    @Option(names = "--codelist", paramLabel = "VAR=ID")
    List<String> codelists = new ArrayList<>();

    @Option(names = "--format", defaultValue = "jsonstat")
    String format;

    @Option(names = "--json")
    boolean json;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE")
    Path out;

    @Mixin CliLanguage lang = new CliLanguage();

    @Option(names = "--api", defaultValue = "v2")
    String api;

    @Option(names = "--max-cells", paramLabel = "N", defaultValue = "800000")
    long maxCells;

    @Override
    public Integer call() {
      checkTable(table);
      CliException.requireAtLeastOne("--max-cells", maxCells);
      options.maxCells = maxCells;
      String fmt = json ? "jsonstat" : format.toLowerCase(Locale.ROOT);
      if (!fmt.equals("jsonstat") && !fmt.equals("csv")) {
        throw CliException.of(CliErrorCode.INVALID_VALUE, "--format", format,
            CliMessages.fragment("expected.ssb-format"));
      }
      StatbankClient client = client(options, lang.get(), api);
      StatbankResult result;
      try {
        TableMetadata meta = client.metadata(table);
        DataQuery q = DataQuery.of(table);
        if (contents != null) {
          q = q.with(selection(meta.contentsVariable().map(Variable::code).orElse("ContentsCode"), contents));
        }
        if (region != null) {
          String var = meta.regionVariable().map(Variable::code).orElseThrow(() -> CliException.input("err.no-region-variable", table));
          q = q.with(selection(var, region));
        }
        if (years != null) {
          q = q.with(selection(meta.timeVariable().map(Variable::code).orElse("Tid"), years));
        }
        for (String s : select) {
          int eq = s.indexOf('=');
          if (eq <= 0) {
            throw CliException.of(CliErrorCode.INVALID_VALUE, "--select", s, "VAR=SPEC");
          }
          q = q.with(selection(meta.variable(s.substring(0, eq).strip()).code(), s.substring(eq + 1)));
        }
        for (String c : codelists) {
          int eq = c.indexOf('=');
          if (eq <= 0) {
            throw CliException.of(CliErrorCode.INVALID_VALUE, "--codelist", c, "VAR=ID");
          }
          String var = meta.variable(c.substring(0, eq).strip()).code();
          Selection s = q.selections().stream().filter(x -> x.variable().equalsIgnoreCase(var)).findFirst()
              .orElseThrow(() -> CliException.input("err.codelist", c, var));
          q = q.with(s.withCodelist(c.substring(eq + 1).strip()));
        }
        result = client.fetch(q, new SsbProgressBar(spec.commandLine().getErr()));
      } catch (PxWebException e) {
        throw translate(e);
      }
      String text = fmt.equals("csv") ? JsonStatCsv.create().toCsv(result.dataset())
          : JsonStatWriter.create().toJson(result.dataset()) + System.lineSeparator();
      if (out == null) {
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
      } else {
        writeAtomically(out, text);
      }
      PrintWriter err = spec.commandLine().getErr();
      if (result.fromBundledSnapshot()) {
        err.println("(offline: from the snapshot bundled with Livskraft, updated " + result.updated() + ")");
      }
      err.println("Kilde: Statistisk sentralbyrå (CC BY 4.0), table " + table
          + (result.updated().isEmpty() ? "" : ", updated " + result.updated()));
      err.flush();
      return ExitCodes.OK;
    }

    private static Selection selection(String variable, String spec) {
      try {
        return Selection.parse(variable, spec);
      } catch (IllegalArgumentException e) {
        throw CliException.badInput(e);
      }
    }

    private static void writeAtomically(Path target, String text) {
      try {
        AtomicFiles.writeString(target, text);
      } catch (IOException e) {
        throw CliException.failureOf("err.cannot-write", String.valueOf(target), IoReason.of(e));
      }
    }
  }
}
