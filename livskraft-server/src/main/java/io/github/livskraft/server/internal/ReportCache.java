package io.github.livskraft.server.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import io.github.livskraft.sdg.Language;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The report for the operator's plans directory, rendered once at start in bokmål, nynorsk and English (HTML and
 * JSON, UTF-8 bytes ready to send) and kept in memory (rendered with the report library's writers, nothing written
 * to disk).
 *
 * <p>Immutable: the rendered bytes are private and {@link #html(Language)} and {@link #json(Language)} hand out
 * copies.
 */
public final class ReportCache {
  private final Map<Language, byte[]> html;
  private final Map<Language, byte[]> json;
  private final List<String> planFiles;

  private ReportCache(Map<Language, byte[]> html, Map<Language, byte[]> json, List<String> planFiles) {
    this.html = Map.copyOf(html);
    this.json = Map.copyOf(json);
    this.planFiles = List.copyOf(planFiles);
  }

  /** Reads every .yaml, .yml and .json file in the directory (not recursive) and renders the report. */
  public static ReportCache build(Path plansDirectory, String generator) throws IOException {
    List<Path> files = planFiles(plansDirectory);
    List<io.github.livskraft.plan.io.LoadedPlanDocument> docs = files.stream()
        .map(io.github.livskraft.plan.io.PlanReader.create()::read).toList();
    io.github.livskraft.report.Report report = io.github.livskraft.report.ReportBuilder.builder()
        .generator(generator).build().build(docs, io.github.livskraft.report.ReportRegion.parse(List.of()));
    Map<Language, byte[]> html = new EnumMap<>(Language.class);
    Map<Language, byte[]> json = new EnumMap<>(Language.class);
    for (Language l : Language.values()) {
      html.put(l, html(report, l).getBytes(StandardCharsets.UTF_8));
      json.put(l, json(report, l).getBytes(StandardCharsets.UTF_8));
    }
    return new ReportCache(html, json, files.stream().map(p -> p.getFileName().toString()).toList());
  }

  /** report.html in a language (bokmål, nynorsk or English), UTF-8. */
  public byte[] html(Language language) {
    return html.get(language).clone();
  }

  /** report.json in a language (bokmål, nynorsk or English), UTF-8. */
  public byte[] json(Language language) {
    return json.get(language).clone();
  }

  /** The names of the plan files the report was made from. */
  public List<String> planNames() {
    return planFiles;
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
      throw new io.github.livskraft.server.ServerException(io.github.livskraft.server.ServerErrorCode.NO_PLAN_FILES,
          null, plansDirectory);
    }
    return files;
  }

  private static String html(io.github.livskraft.report.Report r, Language l)
      throws IOException {
    java.io.StringWriter w = new java.io.StringWriter();
    io.github.livskraft.report.HtmlReportWriter.create(l).write(r, w);
    return w.toString();
  }

  private static String json(io.github.livskraft.report.Report r, Language l)
      throws IOException {
    java.io.StringWriter w = new java.io.StringWriter();
    io.github.livskraft.report.JsonReportWriter.create(l).write(r, w);
    return w.toString();
  }

}
