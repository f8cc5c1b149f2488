package io.github.livskraft.server.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The report for the operator's plans directory, rendered once at start in bokmål and English (HTML and JSON) and
 * kept in memory (rendered with the report library's writers, nothing written to disk).
 *
 * @param htmlNb report.html in bokmål
 * @param htmlEn report.html in English
 * @param jsonNb report.json in bokmål
 * @param jsonEn report.json in English
 * @param planFiles the plan files read
 */
public record ReportCache(String htmlNb, String htmlEn, String jsonNb, String jsonEn, List<String> planFiles) {

  /** Reads every .yaml, .yml and .json file in the directory (not recursive) and renders the report. */
  public static ReportCache build(Path plansDirectory, String generator) throws IOException {
    List<Path> files = planFiles(plansDirectory);
    List<io.github.livskraft.plan.io.LoadedPlanDocument> docs = files.stream()
        .map(io.github.livskraft.plan.io.PlanReader.create()::read).toList();
    io.github.livskraft.report.Report report = io.github.livskraft.report.ReportBuilder.builder()
        .generator(generator).build().build(docs, io.github.livskraft.report.ReportRegion.parse(List.of()));
    return new ReportCache(html(report, io.github.livskraft.sdg.Language.NB),
        html(report, io.github.livskraft.sdg.Language.EN), json(report, io.github.livskraft.sdg.Language.NB),
        json(report, io.github.livskraft.sdg.Language.EN), files.stream().map(p -> p.getFileName().toString()).toList());
  }

  /**
   * The plan files of a plans directory: every .yaml, .yml and .json file (not recursive), sorted by name.
   *
   * @throws IOException if the directory cannot be listed or holds no plan file
   */
  public static List<Path> planFiles(Path plansDirectory) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(plansDirectory)) {
      s.filter(Files::isRegularFile).filter(p -> {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
      }).sorted(Comparator.comparing(Path::toString)).forEach(files::add);
    }
    if (files.isEmpty()) {
      throw new IOException("no .yaml, .yml or .json plan files in " + plansDirectory);
    }
    return files;
  }

  private static String html(io.github.livskraft.report.Report r, io.github.livskraft.sdg.Language l)
      throws IOException {
    java.io.StringWriter w = new java.io.StringWriter();
    io.github.livskraft.report.HtmlReportWriter.create(l).write(r, w);
    return w.toString();
  }

  private static String json(io.github.livskraft.report.Report r, io.github.livskraft.sdg.Language l)
      throws IOException {
    java.io.StringWriter w = new java.io.StringWriter();
    io.github.livskraft.report.JsonReportWriter.create(l).write(r, w);
    return w.toString();
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
