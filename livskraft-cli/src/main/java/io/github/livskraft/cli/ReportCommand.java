package io.github.livskraft.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.livskraft.plan.io.LoadedPlanDocument;
import io.github.livskraft.report.ExamplePlans;
import io.github.livskraft.report.Report;
import io.github.livskraft.report.ReportBuilder;
import io.github.livskraft.report.ReportFiles;
import io.github.livskraft.report.ReportRegion;
import io.github.livskraft.sdg.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code livskraft report}: Write the SDG report (HTML, JSON, CSV) for a region's plans (livskraft-report). */
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
        "  livskraft report --lang nn",
        "  livskraft report my-plan.yaml --region 3303,3334",
        "  livskraft report --json"})
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  // checked in call(): a converter on an optional list makes picocli report a bad file as an unknown argument
  @Parameters(paramLabel = "PLAN.yaml", arity = "0..*",
      description = "Plan files (YAML). Default: the embedded Kongsbergregionen and Kongsberg examples.")
  List<Path> plans = new ArrayList<>();

  @Option(names = "--region", paramLabel = "kongsbergregionen|KOMMUNENR", split = ",",
      description = "The region: 'kongsbergregionen' (default) or municipality numbers (e.g. 3303,3334).")
  List<String> region = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("livskraft-report");

  @Mixin CliLanguage lang = new CliLanguage();

  @Option(names = "--json", description = "Print a JSON summary instead of text.")
  boolean json;

  @Option(names = "--year", paramLabel = "YYYY",
      description = "Year of the follow-up («Oppfølging») and årshjul sections (default: the latest year the plans"
          + " report follow-up for).")
  @org.jspecify.annotations.Nullable Integer year;

  @Override
  public Integer call() throws Exception {
    Language language = lang.get();
    List<LoadedPlanDocument> docs = plans.isEmpty() ? ExamplePlans.bundled()
        : PlanCommand.readAll(plans.stream().map(InputFile::check).toList());
    ReportBuilder.Builder builder = ReportBuilder.builder().generator(new VersionProvider().getVersion()[0]);
    if (year != null) {
      if (year < 1900 || year > 2100) {
        throw CliException.badInput("--year: " + year + " is not a year between 1900 and 2100 / " + year
            + " er ikke et år mellom 1900 og 2100");
      }
      builder.year(year);
    }
    Report report = builder.build().build(docs, ReportRegion.parse(region));
    ReportFiles.Written w = ReportFiles.write(report, out, language);
    summary(report, w);
    return ExitCodes.OK;
  }

  private void summary(Report r, ReportFiles.Written w) throws Exception {
    Path html = w.html().toAbsolutePath().normalize();
    Path jsonFile = w.json().toAbsolutePath().normalize();
    List<Path> csv = w.csv().stream().map(p -> p.toAbsolutePath().normalize()).toList();
    long withData = r.indicators().stream().filter(Report.IndicatorView::hasData).count();
    long suggestions = r.suggestions().stream().filter(s -> !s.alreadyLinked()).count();
    List<Integer> notFollowedUp = r.coverage().priorityGaps().stream().map(Report.GapView::goal).toList();
    var o = spec.commandLine().getOut();
    if (json) {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ObjectNode n = mapper.createObjectNode();
      n.put("html", html.toString());
      n.put("json", jsonFile.toString());
      csv.forEach(p -> n.withArray("csv").add(p.toString()));
      n.put("plans", r.plans().size());
      n.put("indicators", r.indicators().size());
      n.put("indicatorsWithData", withData);
      n.putArray("gaps");
      r.coverage().gaps().forEach(g -> n.withArray("gaps").add(g));
      n.putArray("notFollowedUpToData");
      notFollowedUp.forEach(g -> n.withArray("notFollowedUpToData").add(g));
      n.put("findings", r.findings().size());
      n.put("suggestions", suggestions);
      o.println(mapper.writeValueAsString(n));
    } else {
      o.println("Report written / Rapporten er skrevet: " + html);
      o.println("  " + r.plans().size() + " plans, " + withData + "/" + r.indicators().size()
          + " indicators with bundled figures, " + r.findings().size() + " coherence findings, " + suggestions
          + " tagger suggestions");
      o.println("  priority goals without links: " + (r.coverage().gaps().isEmpty() ? "none" : r.coverage().gaps())
          + "; not followed up to data: " + (notFollowedUp.isEmpty() ? "none" : notFollowedUp));
      o.println("  also: " + jsonFile + " and " + csv.size() + " CSV files");
    }
  }
}
