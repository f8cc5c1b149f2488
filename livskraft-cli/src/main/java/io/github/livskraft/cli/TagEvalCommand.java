package io.github.livskraft.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.livskraft.tagger.Evaluation;
import io.github.livskraft.tagger.Evidence;
import io.github.livskraft.tagger.GoalSuggestion;
import io.github.livskraft.tagger.SdgTagger;
import io.github.livskraft.tagger.TagResult;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.InvalidCodeException;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.NumberText;
import io.github.livskraft.sdg.TargetCode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code livskraft tag eval}: accuracy, precision, recall and F1 per SDG and overall against labelled data, either
 * binary (text, SDG, True/False) rows like the SDG Classification Benchmark or multi-label rows (text with the list
 * of goals it addresses; every goal is then one observation).
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false)
final class TagEvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--text-lang", paramLabel = "nb|nn|en|auto", defaultValue = "en")
  String textLang = "en";

  @Mixin CliLanguage lang = new CliLanguage();

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

  @Option(names = "--baseline", paramLabel = "FILE")
  String baseline;

  @Option(names = "--json")
  boolean json;

  @Parameters(index = "0", paramLabel = "FILE.csv")
  String file;

  @Override
  public Integer call() {
    SdgTagger tagger = TagCommand.tagger(threshold, minConfidence, secondOpinion, rules, noBundled);
    Language fixed = TagCommand.languageOption(textLang);
    List<Map<String, String>> rows = TagInput.csv(file, TagInput.readText(file, System.in), List.of("id", "text"));
    if (rows.isEmpty()) {
      throw CliException.input("err.no-rows", String.valueOf(file));
    }
    boolean binary = rows.get(0).containsKey("sdg") && rows.get(0).containsKey("label");
    if (!binary && !rows.get(0).containsKey("goals")) {
      throw CliException.input("err.eval-columns", String.valueOf(file));
    }
    Map<String, Evaluation.Builder> systems = new LinkedHashMap<>();
    systems.put("livskraft", Evaluation.builder());
    Map<String, Evaluation.Builder> groups = new TreeMap<>();
    Map<String, Integer> groupRows = new TreeMap<>();
    Map<Evidence, int[]> byEvidence = new EnumMap<>(Evidence.class); // suggested, accepted
    Map<String, Map<String, Set<Integer>>> others = baseline == null ? Map.of() : readBaseline(baseline);
    others.keySet().forEach(s -> systems.put(s, Evaluation.builder()));
    for (Map<String, String> row : rows) {
      String where = file + ":" + row.get("#line");
      String rowLang = row.getOrDefault("lang", "");
      Language language = rowLang.isEmpty() ? fixed : Language.fromTag(rowLang).orElseThrow(() ->
          CliException.input("err.row-lang", where, rowLang));
      TagResult r = language == null ? tagger.tag(row.get("id"), row.get("text"))
          : tagger.tag(row.get("id"), row.get("text"), language);
      if (binary) {
        GoalCode goal = goal(row.get("sdg"), where);
        boolean label = label(row.get("label"), where);
        systems.get("livskraft").add(goal, label, r.addresses(goal));
        others.forEach((sys, preds) -> {
          Set<Integer> p = baselineFor(preds, sys, row.get("id"));
          systems.get(sys).add(goal, label, p.contains(goal.number()));
        });
      } else {
        Set<GoalCode> gold = new HashSet<>();
        for (String g : row.get("goals").trim().split("[\\s;]+")) {
          if (!g.isEmpty()) {
            gold.add(goal(g, where));
          }
        }
        String half = row.getOrDefault("half", "").strip();
        if (!half.isEmpty() && !half.equals("tune") && !half.equals("check")) {
          throw CliException.input("err.half", where, half);
        }
        String group = r.language().tag() + (half.isEmpty() ? "" : " " + half);
        Evaluation.Builder g = groups.computeIfAbsent(group, k -> Evaluation.builder());
        groupRows.merge(group, 1, Integer::sum);
        for (GoalCode goal : GoalCode.all()) {
          systems.get("livskraft").add(goal, gold.contains(goal), r.addresses(goal));
          g.add(goal, gold.contains(goal), r.addresses(goal));
        }
        for (GoalSuggestion s : r.goals()) {
          int[] c = byEvidence.computeIfAbsent(s.evidence(), k -> new int[2]);
          c[0]++;
          c[1] += gold.contains(s.goal()) ? 1 : 0;
        }
        // baseline systems are scored on the same 17 decisions per text (issue 17: they were left empty)
        others.forEach((sys, preds) -> {
          Set<Integer> p = baselineFor(preds, sys, row.get("id"));
          for (GoalCode goal : GoalCode.all()) {
            systems.get(sys).add(goal, gold.contains(goal), p.contains(goal.number()));
          }
        });
        String targets = row.getOrDefault("targets", "").strip();
        if (!targets.isEmpty()) {
          Set<TargetCode> expected = new HashSet<>();
          for (String t : targets.split("[\\s;]+")) {
            expected.add(target(t, where));
          }
          Set<TargetCode> predicted = new HashSet<>(r.targetCodes());
          systems.get("livskraft").addTargets(expected, predicted);
          g.addTargets(expected, predicted);
        }
      }
    }
    Map<String, Evaluation> results = new LinkedHashMap<>();
    systems.forEach((k, v) -> results.put(k, v.build()));
    PrintWriter out = spec.commandLine().getOut();
    Map<String, Evaluation> byGroup = new LinkedHashMap<>();
    groups.forEach((k, v) -> byGroup.put(k, v.build()));
    if (json) {
      ObjectNode root = toJson(results, binary, rows.size());
      if (!binary) {
        ObjectNode gs = root.putObject("groups");
        byGroup.forEach((k, e) -> {
          ObjectNode o = gs.putObject(k);
          o.put("rows", groupRows.get(k));
          o.set("overall", counts(e.overall()));
          o.put("macroF1", round(e.macroF1()));
          o.set("targets", counts(e.targets()));
          ObjectNode per = o.putObject("perGoal");
          e.perGoal().forEach((goal, c) -> per.set(goal.toString(), counts(c)));
        });
        root.set("targets", counts(results.get("livskraft").targets()));
        ObjectNode ev = root.putObject("evidence");
        byEvidence.forEach((e, c) -> {
          ObjectNode o = ev.putObject(e.id());
          o.put("suggested", c[0]);
          o.put("accepted", c[1]);
          o.put("share", round((double) c[1] / c[0]));
          o.put("confidence", e.confidence());
        });
      }
      out.println(CatalogueJson.write(root));
    } else {
      Language l = lang.get();
      printTable(out, results, binary, rows.size(), l);
      if (!binary) {
        printTargets(out, "all", results.get("livskraft"), l);
        printEvidence(out, byEvidence, l);
        byGroup.forEach((k, e) -> printGroup(out, k, groupRows.get(k), e, l));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * Suggestions and the share the labels confirm per {@link Evidence} level, beside the bundled confidence: whether
   * the calibration holds on the user's own data.
   */
  private static void printEvidence(PrintWriter out, Map<Evidence, int[]> byEvidence, Language l) {
    if (byEvidence.isEmpty()) {
      return;
    }
    out.println();
    out.println(CliMessages.text("eval.evidence", l));
    out.println(String.format(Locale.ROOT, "%-14s %9s %8s %7s %10s", h("evidence", l), h("suggested", l),
        h("accepted", l), h("share", l), h("confidence", l)));
    byEvidence.forEach((e, c) -> out.println(String.format(Locale.ROOT, "%-14s %9d %8d %7s %10s",
        e.id(), c[0], c[1], pct((double) c[1] / c[0], l), pct(e.confidence(), l))));
  }

  private static void printGroup(PrintWriter out, String group, int rows, Evaluation e, Language l) {
    out.println();
    out.println(CliMessages.text(group.indexOf(' ') > 0 ? "eval.group.half" : "eval.group", l, group,
        Integer.toString(rows)));
    out.println(String.format(Locale.ROOT, "%-7s %5s %4s %4s %4s %7s %7s %7s", h("sdg", l), h("pos", l),
        h("tp", l), h("fp", l), h("fn", l), h("prec", l), h("rec", l), h("f1", l)));
    for (GoalCode g : e.perGoal().keySet()) {
      out.println(prf(g.toString(), e.perGoal().get(g), l));
    }
    out.println(prf(h("micro", l), e.overall(), l));
    out.printf(Locale.ROOT, "%-7s %5s %4s %4s %4s %7s %7s %7s%n", h("macro", l), "", "", "", "", "", "",
        pct(e.macroF1(), l));
    printTargets(out, group, e, l);
  }

  private static void printTargets(PrintWriter out, String group, Evaluation e, Language l) {
    Evaluation.Counts t = e.targets();
    if (t.total() > 0) {
      out.println(CliMessages.text("eval.targets", l, group, Integer.toString(t.truePositives()),
          Integer.toString(t.falsePositives()), Integer.toString(t.falseNegatives()),
          NumberText.percent(100 * t.precision(), 1, l), NumberText.percent(100 * t.recall(), 1, l),
          NumberText.percent(100 * t.f1(), 1, l)));
    }
  }

  private static String prf(String label, Evaluation.Counts c, Language l) {
    return String.format(Locale.ROOT, "%-7s %5d %4d %4d %4d %7s %7s %7s", label,
        c.truePositives() + c.falseNegatives(), c.truePositives(), c.falsePositives(), c.falseNegatives(),
        pct(c.precision(), l), pct(c.recall(), l), pct(c.f1(), l));
  }

  private static TargetCode target(String s, String where) {
    try {
      return TargetCode.parse(s.strip());
    } catch (InvalidCodeException e) {
      throw CliException.input("err.target-code", where, s);
    }
  }

  private static GoalCode goal(String s, String where) {
    try {
      return GoalCode.parse(s.strip());
    } catch (InvalidCodeException e) {
      throw CliException.input("err.goal-number", where, s);
    }
  }

  private static boolean label(String s, String where) {
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "ja" -> true;
      case "false", "0", "no", "nei" -> false;
      default -> throw CliException.input("err.label", where, s);
    };
  }

  private Set<Integer> baselineFor(Map<String, Set<Integer>> preds, String sys, String id) {
    Set<Integer> p = preds.get(id);
    if (p == null) {
      throw CliException.input("err.no-prediction", String.valueOf(baseline), sys, id);
    }
    return p;
  }

  private static Map<String, Map<String, Set<Integer>>> readBaseline(String path) {
    Map<String, Map<String, Set<Integer>>> m = new LinkedHashMap<>();
    for (Map<String, String> r : TagInput.csv(path, TagInput.readText(path, System.in),
        List.of("id", "system", "predicted_sdgs"))) {
      Set<Integer> goals = new HashSet<>();
      for (String g : r.get("predicted_sdgs").trim().split("\\s+")) {
        if (!g.isEmpty()) {
          goals.add(goal(g, path + ":" + r.get("#line")).number());
        }
      }
      String system = r.get("system").strip();
      if (system.equalsIgnoreCase("livskraft") || system.isEmpty()) {
        // a baseline named like ours would be merged into our scores (issue 17)
        throw CliException.input("err.baseline-system", path + ":" + r.get("#line"), system);
      }
      m.computeIfAbsent(system, k -> new LinkedHashMap<>()).put(r.get("id"), goals);
    }
    return m;
  }

  private static void printTable(PrintWriter out, Map<String, Evaluation> results, boolean binary, int rows,
      Language l) {
    Evaluation ours = results.get("livskraft");
    out.println(CliMessages.text("eval.summary", l, Integer.toString(rows),
        CliMessages.text(binary ? "eval.binary" : "eval.multi", l), Integer.toString(ours.overall().total())));
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-7s %5s %4s %4s %4s %4s %7s %7s %7s %7s",
        h("sdg", l), "n", h("tp", l), h("fp", l), h("tn", l), h("fn", l), h("acc", l), h("prec", l), h("rec", l),
        h("f1", l)));
    List<String> others = results.keySet().stream().filter(k -> !k.equals("livskraft")).toList();
    others.forEach(o -> head.append(String.format(Locale.ROOT, " %12s", o + " " + h("acc", l))));
    out.println(head);
    for (GoalCode g : ours.perGoal().keySet()) {
      out.print(row(g.toString(), ours.perGoal().get(g), l));
      others.forEach(o -> out.printf(Locale.ROOT, " %12s", pct(results.get(o).perGoal().get(g).accuracy(), l)));
      out.println();
    }
    out.print(row(h("all", l), ours.overall(), l));
    others.forEach(o -> out.printf(Locale.ROOT, " %12s", pct(results.get(o).overall().accuracy(), l)));
    out.println();
    out.printf(Locale.ROOT, "%-7s %5s %4s %4s %4s %4s %7s %7s %7s %7s", h("macro", l), "", "", "", "", "",
        pct(ours.macroAccuracy(), l), "", "", pct(ours.macroF1(), l));
    others.forEach(o -> out.printf(Locale.ROOT, " %12s", pct(results.get(o).macroAccuracy(), l)));
    out.println();
  }

  private static String row(String label, Evaluation.Counts c, Language l) {
    return String.format(Locale.ROOT, "%-7s %5d %4d %4d %4d %4d %7s %7s %7s %7s", label, c.total(),
        c.truePositives(), c.falsePositives(), c.trueNegatives(), c.falseNegatives(), pct(c.accuracy(), l),
        pct(c.precision(), l), pct(c.recall(), l), pct(c.f1(), l));
  }

  /** A column heading or row label of the evaluation tables, from the command line's bundle. */
  private static String h(String name, Language l) {
    return CliMessages.text("eval.col." + name, l);
  }

  private static String pct(double v, Language l) {
    return NumberText.fixed(100 * v, 1, l); // NaN (no cases) as "–"
  }

  private static ObjectNode toJson(Map<String, Evaluation> results, boolean binary, int rows) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("rows", rows);
    root.put("mode", binary ? "binary" : "multi-label");
    ObjectNode systems = root.putObject("systems");
    results.forEach((name, e) -> {
      ObjectNode s = systems.putObject(name);
      s.set("overall", counts(e.overall()));
      s.put("macroAccuracy", round(e.macroAccuracy()));
      s.put("macroF1", round(e.macroF1()));
      ObjectNode per = s.putObject("perGoal");
      e.perGoal().forEach((g, c) -> per.set(g.toString(), counts(c)));
    });
    return root;
  }

  private static ObjectNode counts(Evaluation.Counts c) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("n", c.total()).put("tp", c.truePositives()).put("fp", c.falsePositives()).put("tn", c.trueNegatives())
        .put("fn", c.falseNegatives());
    o.put("accuracy", round(c.accuracy())).put("precision", round(c.precision())).put("recall", round(c.recall()))
        .put("f1", round(c.f1()));
    return o;
  }

  private static Double round(double v) {
    return Double.isNaN(v) ? null : Math.round(v * 10000) / 10000.0;
  }
}
