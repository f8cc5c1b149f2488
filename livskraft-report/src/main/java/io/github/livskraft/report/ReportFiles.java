package io.github.livskraft.report;

import io.github.livskraft.sdg.internal.io.AtomicFiles;

import io.github.livskraft.sdg.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes all report files into a directory: {@code report.html}, {@code report.json} and the CSV tables
 * ({@link CsvReportWriter.Table}). Every file is rendered in memory first; each is then written to a temporary
 * file beside it and moved into place atomically (where the file system allows), so a failure never leaves a
 * half-written report.
 *
 * <pre>{@code
 * ReportFiles.Written w = ReportFiles.write(report, Path.of("livskraft-report"), Language.NB);
 * }</pre>
 */
public final class ReportFiles {
  private ReportFiles() {}

  /**
   * The files written.
   *
   * @param html report.html
   * @param json report.json
   * @param csv the CSV files, in {@link CsvReportWriter.Table} order
   */
  public record Written(Path html, Path json, List<Path> csv) {
    /** Copies the list. */
    public Written {
      csv = List.copyOf(csv);
    }
  }

  /**
   * Renders and writes every file.
   *
   * @param report the report
   * @param dir the output directory (created if missing)
   * @param language the language of the texts
   * @return the paths written
   * @throws ReportWriteException (an {@link UncheckedIOException}, {@code REPORT-0004}) if a file cannot be written
   *     (nothing half-written is left behind)
   */
  public static Written write(Report report, Path dir, Language language) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(language, "language");
    Map<String, String> files = new LinkedHashMap<>();
    files.put("report.html", HtmlReportWriter.create(language).toString(report));
    files.put("report.json", JsonReportWriter.create(language).toString(report));
    CsvReportWriter csv = CsvReportWriter.create(language);
    for (CsvReportWriter.Table t : CsvReportWriter.Table.values()) {
      files.put(t.fileName(), csv.toString(report, t));
    }
    List<Path> csvPaths = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path target = dir.resolve(f.getKey());
        writeAtomically(target, f.getValue());
        if (f.getKey().endsWith(".csv")) {
          csvPaths.add(target);
        }
      }
    } catch (IOException e) {
      throw new ReportWriteException(dir, e);
    }
    return new Written(dir.resolve("report.html"), dir.resolve("report.json"), csvPaths);
  }

  /** Writes text to a temporary file beside {@code target} and moves it into place. */
  static void writeAtomically(Path target, String content) throws IOException {
    AtomicFiles.writeString(target, content);
  }
}
