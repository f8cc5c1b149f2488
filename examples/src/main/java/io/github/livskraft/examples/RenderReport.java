package io.github.livskraft.examples;

import io.github.livskraft.report.ExamplePlans;
import io.github.livskraft.report.Report;
import io.github.livskraft.report.ReportBuilder;
import io.github.livskraft.report.ReportFiles;
import io.github.livskraft.report.ReportRegion;
import io.github.livskraft.sdg.Language;
import java.nio.file.Path;

/**
 * Renders the Kongsbergregionen SDG report from the library, exactly as {@code livskraft report} does: the two
 * example plans, the seven municipalities and the real statistics bundled with {@code livskraft-report}
 * (SSB, Miljødirektoratet), written as report.html, report.json and three CSV tables.
 *
 * <p>Run: {@code mvn -q -pl examples -am compile exec:java -Dexec.skip=true
 * -Dexec.mainClass=io.github.livskraft.examples.RenderReport -Dexec.args="target/report nn"}
 */
public final class RenderReport {
  private RenderReport() {}

  /**
   * Writes the report.
   *
   * @param args output directory (default {@code livskraft-report}), language {@code nb|nn|en} (default nb),
   *     generator text for the footer (default {@code Livskraft})
   */
  public static void main(String[] args) {
    Path out = Path.of(args.length > 0 ? args[0] : "livskraft-report");
    Language language = args.length > 1 ? Language.fromTag(args[1]).orElseThrow(() ->
        new IllegalArgumentException("language: expected nb, nn or en, got '" + args[1] + "'")) : Language.NB;
    String generator = args.length > 2 ? args[2] : "Livskraft";

    // 1. Build the report model: plans (plan-model), tagger suggestions, statistics on today's municipality codes.
    Report report = ReportBuilder.builder().generator(generator).build()
        .build(ExamplePlans.bundled(), ReportRegion.kongsbergregionen());

    // 2. The model is plain data: e.g. the region's progress status for each indicator.
    for (Report.IndicatorView ind : report.indicators()) {
      System.out.println(ind.id() + ": " + ind.status().map(s -> s.label().text(language)).orElse("–"));
    }

    // 3. Render every file (HTML, JSON, CSV) and move each into place atomically.
    ReportFiles.Written w = ReportFiles.write(report, out, language);
    System.out.println("Report written: " + w.html().toAbsolutePath().normalize());
  }
}
