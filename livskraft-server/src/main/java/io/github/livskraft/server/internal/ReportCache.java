package io.github.livskraft.server.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.jspecify.annotations.Nullable;

/**
 * The report for the operator's plans directory. The plans are read and the report is built at start (so a broken
 * plan stops the server there), but each language and format (bokmål, nynorsk, English; HTML, JSON) is rendered only
 * when it is first asked for, once, and then kept as UTF-8 bytes ready to send (rendered with the report library's
 * writers, nothing written to disk).
 *
 * <p>Thread-safe: concurrent first requests for the same language and format wait for one rendering instead of
 * repeating it; other languages are not held up. Every rendering is counted in the metric
 * {@code livskraft.report.renders} (tags {@code language}, {@code format}). The rendered bytes are private and
 * {@link #html(Language)} and {@link #json(Language)} hand out copies.
 */
public final class ReportCache {
  private final Map<Language, Rendering> html = new EnumMap<>(Language.class);
  private final Map<Language, Rendering> json = new EnumMap<>(Language.class);
  private final List<String> planFiles;

  private ReportCache(io.github.livskraft.report.Report report, List<String> planFiles, MeterRegistry metrics) {
    this.planFiles = List.copyOf(planFiles);
    for (Language l : Language.values()) {
      html.put(l, new Rendering(() -> html(report, l), counter(metrics, l, "html")));
      json.put(l, new Rendering(() -> json(report, l), counter(metrics, l, "json")));
    }
  }

  private static Counter counter(MeterRegistry metrics, Language l, String format) {
    return Counter.builder("livskraft.report.renders").description("Renderings of the plans report")
        .tag("language", l.tag()).tag("format", format).register(metrics);
  }

  /**
   * Reads every .yaml, .yml and .json file in the directory (not recursive) and builds the report; rendering waits
   * for the first request of each language and format.
   */
  public static ReportCache build(Path plansDirectory, String generator, MeterRegistry metrics) throws IOException {
    List<Path> files = planFiles(plansDirectory);
    List<io.github.livskraft.plan.io.LoadedPlanDocument> docs = files.stream()
        .map(io.github.livskraft.plan.io.PlanReader.create()::read).toList();
    io.github.livskraft.report.Report report = io.github.livskraft.report.ReportBuilder.builder()
        .generator(generator).build().build(docs, io.github.livskraft.report.ReportRegion.parse(List.of()));
    return new ReportCache(report, files.stream().map(p -> p.getFileName().toString()).toList(), metrics);
  }

  /** report.html in a language (bokmål, nynorsk or English), UTF-8; rendered on the first call. */
  public byte[] html(Language language) {
    return html.get(language).bytes().clone();
  }

  /** report.json in a language (bokmål, nynorsk or English), UTF-8; rendered on the first call. */
  public byte[] json(Language language) {
    return json.get(language).bytes().clone();
  }

  /** One language and format, rendered on first use (double-checked, so later reads take no lock). */
  private static final class Rendering {
    private final Render render;
    private final Counter renders;
    private volatile byte @Nullable [] bytes;

    Rendering(Render render, Counter renders) {
      this.render = render;
      this.renders = renders;
    }

    byte[] bytes() {
      byte[] b = bytes;
      if (b == null) {
        synchronized (this) {
          b = bytes;
          if (b == null) {
            try {
              b = render.text().getBytes(StandardCharsets.UTF_8);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            renders.increment();
            bytes = b;
          }
        }
      }
      return b;
    }
  }

  @FunctionalInterface
  private interface Render {
    String text() throws IOException;
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
