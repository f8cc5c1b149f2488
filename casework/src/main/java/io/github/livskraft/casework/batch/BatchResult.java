package io.github.livskraft.casework.batch;

import io.github.livskraft.sdg.IoReason;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.livskraft.casework.CaseErrorCode;
import io.github.livskraft.casework.CaseworkException;
import io.github.livskraft.casework.internal.Messages;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.internal.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The outcome of a batch run: the tidy rows (case × goal), the cases per year, and the files that failed. Writes
 * {@code cases.csv}, {@code cases.json}, {@code errors.csv} and {@code summary-<lang>.txt}, each to a temporary file
 * first and then moved into place. Immutable.
 *
 * @param rows the tidy rows
 * @param casesPerYear the number of cases read per year (0 = unknown year)
 * @param errors the files or records that failed
 */
public record BatchResult(List<BatchRow> rows, Map<Integer, Integer> casesPerYear, List<BatchError> errors) {
  /** Copies the collections. */
  public BatchResult {
    rows = List.copyOf(rows);
    casesPerYear = Map.copyOf(casesPerYear);
    errors = List.copyOf(errors);
  }

  /** The number of cases read. */
  public int caseCount() {
    return casesPerYear.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * The årsrapport summary: per year, how many cases touched each goal (lines not rejected) and how many followed up
   * each innsatsområde.
   *
   * @param language the language
   * @return the text, one sentence per line
   */
  public String summary(Language language) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<Integer, Integer> y : new TreeMap<>(casesPerYear).entrySet()) {
      int year = y.getKey();
      Map<Integer, Set<String>> goals = new TreeMap<>();
      Map<String, Set<String>> areas = new TreeMap<>();
      for (BatchRow r : rows) {
        if (r.year() != year || r.status().equals("REJECTED")) {
          continue;
        }
        goals.computeIfAbsent(r.goal(), g -> new HashSet<>()).add(r.caseId());
        for (String a : r.focusAreas().split("; ")) {
          if (!a.isBlank()) {
            areas.computeIfAbsent(a, x -> new HashSet<>()).add(r.caseId());
          }
        }
      }
      String yearText = year == 0 ? Messages.text(language, "batch.unknownYear") : Integer.toString(year);
      sb.append(Messages.text(language, "batch.cases", y.getValue(), yearText)).append('\n');
      goals.forEach((g, ids) -> sb.append("  ").append(Messages.text(language, "batch.goal", ids.size(), g))
          .append('\n'));
      areas.forEach((a, ids) -> sb.append("  ").append(Messages.text(language, "batch.area", ids.size(), a))
          .append('\n'));
    }
    if (!errors.isEmpty()) {
      sb.append(Messages.text(language, "batch.errors", errors.size())).append('\n');
    }
    sb.append(Messages.text(language, "batch.note")).append('\n');
    return sb.toString();
  }

  /**
   * Writes the outputs into a directory (created if missing).
   *
   * @param dir the directory
   * @return the files written
   * @throws CaseworkException ({@link CaseErrorCode#WRITE_FAILED}) if a file cannot be written
   */
  public List<Path> writeTo(Path dir) {
    List<Path> out = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      CsvMapper csv = new CsvMapper();
      CsvSchema schema = csv.schemaFor(BatchRow.class).withHeader().withColumnReordering(false);
      schema = CsvSchema.builder().addColumn("caseId").addColumn("year").addColumn("title").addColumn("goal")
          .addColumn("targets").addColumn("status").addColumn("origin").addColumn("score")
          .addColumn("suggestedImpact").addColumn("planElements").addColumn("focusAreas")
          .addColumn("evidence").addColumn("confidence").build().withHeader();
      out.add(atomic(dir.resolve("cases.csv"), csv.writer(schema).writeValueAsString(rows)));
      ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("cases", caseCount());
      doc.put("casesPerYear", new TreeMap<>(casesPerYear));
      doc.put("rows", rows);
      doc.put("errors", errors);
      out.add(atomic(dir.resolve("cases.json"), json.writeValueAsString(doc) + "\n"));
      CsvSchema es = CsvSchema.builder().addColumn("source").addColumn("code").addColumn("message").build()
          .withHeader();
      out.add(atomic(dir.resolve("errors.csv"), csv.writer(es).writeValueAsString(errors)));
      for (Language l : Language.values()) {
        out.add(atomic(dir.resolve("summary-" + l.tag() + ".txt"), summary(l)));
      }
    } catch (IOException e) {
      throw new CaseworkException(CaseErrorCode.WRITE_FAILED, e, dir, IoReason.of(e));
    }
    return out;
  }

  private static Path atomic(Path target, String content) throws IOException {
    return AtomicFiles.writeString(target, content);
  }
}
