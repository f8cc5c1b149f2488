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
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false)
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  // checked in call(): a converter on an optional list makes picocli report a bad file as an unknown argument
  @Parameters(paramLabel = "PLAN.yaml", arity = "0..*")
  List<Path> plans = new ArrayList<>();

  @Option(names = "--region", paramLabel = "REGION", split = ",")
  List<String> region = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR")
  Path out = Path.of("livskraft-report");

  @Mixin CliLanguage lang = new CliLanguage();

  @Option(names = "--json")
  boolean json;

  @Option(names = "--year", paramLabel = "YYYY")
  @org.jspecify.annotations.Nullable Integer year;

  @Override
  public Integer call() throws Exception {
    Language language = lang.get();
    List<LoadedPlanDocument> docs = plans.isEmpty() ? ExamplePlans.bundled()
        : PlanCommand.readAll(plans.stream().map(InputFile::check).toList());
    ReportBuilder.Builder builder = ReportBuilder.builder().generator(new VersionProvider().getVersion()[0]);
    if (year != null) {
      if (year < 1900 || year > 2100) {
        throw CliException.of(CliErrorCode.INVALID_VALUE, "--year", year.toString(),
            CliMessages.fragment("expected.report-year"));
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
      Language l = lang.get();
      String none = CliMessages.text("report.none", l);
      o.println(CliMessages.text("report.written", l, html.toString()));
      o.println("  " + CliMessages.text("report.counts", l, String.valueOf(r.plans().size()),
          String.valueOf(withData), String.valueOf(r.indicators().size()), String.valueOf(r.findings().size()),
          String.valueOf(suggestions)));
      o.println("  " + CliMessages.text("report.gaps", l,
          r.coverage().gaps().isEmpty() ? none : r.coverage().gaps().toString(),
          notFollowedUp.isEmpty() ? none : notFollowedUp.toString()));
      o.println("  " + CliMessages.text("report.also", l, jsonFile.toString(), String.valueOf(csv.size())));
    }
  }
}
