package io.github.livskraft.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the report files into a directory. All contents are rendered first; each file is then written to a
 * temporary file beside it and moved into place, so a failure never leaves a half-written report.
 */
final class ReportWriter {
  private ReportWriter() {}

  /**
   * The files written.
   *
   * @param html report.html
   * @param json report.json
   * @param csv the CSV files
   */
  record Written(Path html, Path json, List<Path> csv) {}

  static Written write(Path dir, ReportModel model, ReportLanguage lang) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("report.html", HtmlReport.render(model, lang));
    files.put("report.json", JsonReport.render(model, lang));
    files.putAll(CsvReport.render(model, lang));
    Files.createDirectories(dir);
    List<Path> csv = new ArrayList<>();
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path target = dir.resolve(f.getKey());
      // not Files.createTempFile: its owner-only permissions would stick to the report after the move
      Path tmp = dir.resolve("." + f.getKey() + "." + ProcessHandle.current().pid() + ".tmp");
      try {
        Files.writeString(tmp, f.getValue(), StandardCharsets.UTF_8);
        try {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
      if (f.getKey().endsWith(".csv")) {
        csv.add(target);
      }
    }
    return new Written(dir.resolve("report.html"), dir.resolve("report.json"), csv);
  }
}
