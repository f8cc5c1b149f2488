package io.github.livskraft.server.internal;

import io.github.livskraft.report.ReportRun;
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
 * kept in memory. The report library writes files, so it renders into a private temporary directory that is
 * deleted at once; nothing a client sends is involved.
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
    Path tmp = Files.createTempDirectory("livskraft-report-");
    try {
      ReportRun.Result nb = ReportRun.run(files, List.of(), tmp.resolve("nb"), false, generator);
      ReportRun.Result en = ReportRun.run(files, List.of(), tmp.resolve("en"), true, generator);
      return new ReportCache(read(nb.html()), read(en.html()), read(nb.json()), read(en.json()),
          files.stream().map(p -> p.getFileName().toString()).toList());
    } finally {
      try (Stream<Path> s = Files.walk(tmp)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
