package io.github.livskraft.casework.batch;

import io.github.livskraft.sdg.IoReason;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.livskraft.casework.Assessment;
import io.github.livskraft.casework.CaseAssessor;
import io.github.livskraft.casework.CaseDocument;
import io.github.livskraft.casework.CaseErrorCode;
import io.github.livskraft.casework.CaseInput;
import io.github.livskraft.casework.CaseInputException;
import io.github.livskraft.casework.CaseReader;
import io.github.livskraft.casework.CaseworkException;
import io.github.livskraft.casework.GoalLine;
import io.github.livskraft.casework.PlanFollowUp;
import io.github.livskraft.casework.internal.Extractors;
import io.github.livskraft.sdg.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Assesses many cases: every {@code .txt}, {@code .html}, {@code .htm}, {@code .docx} and {@code .pdf} file in a
 * folder (sorted by name; not recursive), or a JSON Lines file with one {@code {"id", "text"}} object per line
 * (optional {@code title}, {@code caseNumber}, {@code date}, {@code year}, {@code lang}). A bad file or line is
 * recorded in {@link BatchResult#errors()} and the run goes on. Limits: {@value #MAX_LINE_CHARS} characters per
 * JSONL line, {@value #MAX_CASES} cases per run. Immutable and thread-safe.
 */
public final class CaseBatch {
  /** The longest JSONL line accepted. */
  public static final int MAX_LINE_CHARS = 4_000_000;
  /** The most cases per run. */
  public static final int MAX_CASES = 10_000_000;
  private static final Set<String> EXTENSIONS = Set.of("txt", "html", "htm", "docx", "pdf");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final CaseReader reader;
  private final CaseAssessor assessor;

  private CaseBatch(CaseReader reader, CaseAssessor assessor) {
    this.reader = reader;
    this.assessor = assessor;
  }

  /**
   * A batch runner.
   *
   * @param reader the reader (limits)
   * @param assessor the assessor (plans, tagger)
   * @return the runner
   */
  public static CaseBatch of(CaseReader reader, CaseAssessor assessor) {
    return new CaseBatch(Objects.requireNonNull(reader, "reader"), Objects.requireNonNull(assessor, "assessor"));
  }

  /**
   * Runs over a folder or a {@code .jsonl} file.
   *
   * @param input the folder or file
   * @param progress told after each case
   * @return the result
   * @throws CaseworkException ({@link CaseErrorCode#READ_FAILED}) if the folder or file cannot be listed or read
   */
  public BatchResult run(Path input, ProgressListener progress) {
    List<BatchRow> rows = new ArrayList<>();
    Map<Integer, Integer> years = new TreeMap<>();
    List<BatchError> errors = new ArrayList<>();
    if (Files.isDirectory(input)) {
      List<Path> files;
      try (Stream<Path> s = Files.list(input)) {
        files = s.filter(Files::isRegularFile)
            .filter(p -> EXTENSIONS.contains(Extractors.extension(p.getFileName().toString()))).sorted().toList();
      } catch (IOException e) {
        throw new CaseInputException(CaseErrorCode.READ_FAILED, input.toString(), e, IoReason.of(e));
      }
      long done = 0;
      for (Path f : files) {
        try {
          add(reader.read(f), 0, rows, years);
        } catch (CaseworkException e) {
          errors.add(new BatchError(f.toString(), e.errorCode().code(), e.getMessage(Locale.ROOT)));
        }
        progress.progress(++done, files.size());
      }
    } else {
      runJsonl(input, progress, rows, years, errors);
    }
    return new BatchResult(rows, years, errors);
  }

  private void runJsonl(Path input, ProgressListener progress, List<BatchRow> rows, Map<Integer, Integer> years,
      List<BatchError> errors) {
    String source = input.toString();
    try (BufferedReader br = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      long lineNo = 0;
      long done = 0;
      StringBuilder sb = new StringBuilder();
      while (readLine(br, sb, source, lineNo + 1)) {
        lineNo++;
        String line = sb.toString();
        if (line.isBlank()) {
          continue;
        }
        if (done >= MAX_CASES) {
          throw new CaseInputException(CaseErrorCode.TOO_LARGE, source, null, done + 1, MAX_CASES,
              CaseErrorCode.text("unit.cases"));
        }
        try {
          JsonNode n = MAPPER.readTree(line);
          if (n == null || !n.isObject() || !n.path("id").isTextual() || !n.path("text").isTextual()) {
            throw new CaseworkException(CaseErrorCode.INVALID_JSONL, null, source, lineNo,
                CaseErrorCode.text("expected.jsonl-object"));
          }
          CaseInput.Builder b = CaseInput.builder(n.get("id").asText(), n.get("text").asText());
          if (n.path("title").isTextual()) {
            b.title(n.get("title").asText());
          }
          if (n.path("lang").isTextual()) {
            Language.fromTag(n.get("lang").asText()).ifPresent(b::language);
          }
          if (n.path("date").isTextual()) {
            b.date(LocalDate.parse(n.get("date").asText()));
          }
          if (n.path("caseNumber").isTextual()) {
            b.caseNumber(io.github.livskraft.casework.CaseNumber.parse(n.get("caseNumber").asText()));
          }
          add(reader.read(b.build()), n.path("year").asInt(0), rows, years);
        } catch (CaseworkException e) {
          errors.add(new BatchError(source + ":" + lineNo, e.errorCode().code(), e.getMessage(Locale.ROOT)));
        } catch (IOException | RuntimeException e) {
          CaseworkException c = new CaseworkException(CaseErrorCode.INVALID_JSONL, e, source, lineNo,
              CaseErrorCode.text("expected.jsonl-line"));
          errors.add(new BatchError(source + ":" + lineNo, c.errorCode().code(), c.getMessage(Locale.ROOT)));
        }
        progress.progress(++done, -1);
      }
    } catch (IOException e) {
      throw new CaseInputException(CaseErrorCode.READ_FAILED, source, e, IoReason.of(e));
    }
  }

  private static boolean readLine(BufferedReader br, StringBuilder sb, String source, long lineNo) throws IOException {
    sb.setLength(0);
    int c;
    boolean any = false;
    while ((c = br.read()) >= 0) {
      any = true;
      if (c == '\n') {
        return true;
      }
      if (sb.length() >= MAX_LINE_CHARS) {
        throw new CaseInputException(CaseErrorCode.TOO_LARGE, source + ":" + lineNo, null, sb.length() + 1,
            MAX_LINE_CHARS, CaseErrorCode.text("unit.characters"));
      }
      if (c != '\r') {
        sb.append((char) c);
      }
    }
    return any;
  }

  private void add(CaseDocument doc, int yearHint, List<BatchRow> rows, Map<Integer, Integer> years) {
    Assessment a = assessor.assess(doc);
    int year = doc.header().date().map(LocalDate::getYear)
        .or(() -> doc.header().caseNumber().map(n -> n.year())).orElse(yearHint);
    years.merge(year, 1, Integer::sum);
    Set<String> elements = new LinkedHashSet<>();
    Set<String> areas = new LinkedHashSet<>();
    for (PlanFollowUp f : a.goldenThread().followUps()) {
      elements.add(f.elementId());
      f.focusArea().ifPresent(areas::add);
    }
    for (GoalLine l : a.lines()) {
      rows.add(new BatchRow(a.caseId(), year, a.title(), l.goal().number(),
          String.join(" ", l.targets().stream().map(Object::toString).toList()), l.status().name(),
          l.origin().name(), l.score(), l.suggestedImpact().impact().name(), String.join(" ", elements),
          String.join("; ", areas), l.findEvidenceLevelId().orElse(""),
          l.findConfidence().orElse(null)));
    }
  }
}
