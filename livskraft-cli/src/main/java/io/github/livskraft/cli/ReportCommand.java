package io.github.livskraft.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.livskraft.report.ReportRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code livskraft report}: Write the SDG report (HTML, JSON, CSV) for a region's plans. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Write the SDG report (HTML, JSON, CSV) for a region's plans.",
    footer = {"",
        "With no arguments the report covers Kongsbergregionen (7 municipalities) with the embedded example plans",
        "(Kongsbergregionen strategy 2019, Kongsberg kommuneplan) and the bundled real statistics (SSB,",
        "Miljødirektoratet). It writes report.html (self-contained), report.json and tidy CSV files.",
        "",
        "Examples:",
        "  livskraft report",
        "  livskraft report --lang en --out build/report",
        "  livskraft report my-plan.yaml --region 3303,3334",
        "  livskraft report --json"})
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PLAN.yaml", arity = "0..*",
      description = "Plan files (YAML). Default: the embedded Kongsbergregionen and Kongsberg examples.")
  List<Path> plans = new ArrayList<>();

  @Option(names = "--region", paramLabel = "kongsbergregionen|KOMMUNENR", split = ",",
      description = "The region: 'kongsbergregionen' (default) or municipality numbers (e.g. 3303,3334).")
  List<String> region = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("livskraft-report");

  @Option(names = "--lang", paramLabel = "nb|en", description = "Language of the report: nb (default) or en.")
  String lang = "nb";

  @Option(names = "--json", description = "Print a JSON summary instead of text.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    String l = lang.strip().toLowerCase(Locale.ROOT);
    if (!l.equals("nb") && !l.equals("en") && !l.equals("no")) {
      throw CliException.badInput("--lang: unknown language '" + lang + "': expected nb or en"
          + " / ukjent språk '" + lang + "': forventet nb eller en");
    }
    String version = new VersionProvider().getVersion()[0];
    ReportRun.Result r = ReportRun.run(plans, region, out, l.equals("en"), version);
    if (json) {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ObjectNode o = mapper.createObjectNode();
      o.put("html", r.html().toString());
      o.put("json", r.json().toString());
      r.csv().forEach(p -> o.withArray("csv").add(p.toString()));
      o.put("plans", r.plans());
      o.put("indicators", r.indicators());
      o.put("indicatorsWithData", r.indicatorsWithData());
      o.putArray("gaps");
      r.gaps().forEach(g -> o.withArray("gaps").add(g));
      o.putArray("notFollowedUpToData");
      r.notFollowedUp().forEach(g -> o.withArray("notFollowedUpToData").add(g));
      o.put("findings", r.findings());
      o.put("suggestions", r.suggestions());
      spec.commandLine().getOut().println(mapper.writeValueAsString(o));
    } else {
      var out = spec.commandLine().getOut();
      out.println("Report written / Rapporten er skrevet: " + r.html());
      out.println("  " + r.plans() + " plans, " + r.indicatorsWithData() + "/" + r.indicators()
          + " indicators with bundled figures, " + r.findings() + " coherence findings, " + r.suggestions()
          + " tagger suggestions");
      out.println("  priority goals without links: " + (r.gaps().isEmpty() ? "none" : r.gaps())
          + "; not followed up to data: " + (r.notFollowedUp().isEmpty() ? "none" : r.notFollowedUp()));
      out.println("  also: " + r.json() + " and " + r.csv().size() + " CSV files");
    }
    return ExitCodes.OK;
  }
}
