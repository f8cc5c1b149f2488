package io.github.livskraft.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.casework.CaseAssessor;
import io.github.livskraft.casework.CaseReader;
import io.github.livskraft.casework.batch.BatchResult;
import io.github.livskraft.casework.batch.BatchRow;
import io.github.livskraft.casework.batch.CaseBatch;
import io.github.livskraft.spark.job.TagDocumentsJob;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example job on casework's real test documents (text, HTML, PDF, DOCX, a broken PDF) laid out as
 * municipality/year folders, against plain-Java {@link CaseBatch} (the CLI's batch) on each folder.
 */
class TagDocumentsJobTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start("job-test");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void writesTheCliTidyRowsPerDocumentAndGoalTheErrorsAndAMunicipalityYearSummary(@TempDir Path dir)
      throws IOException {
    Map<String, byte[]> files = CaseFiles.all();
    Map<String, List<String>> layout = new LinkedHashMap<>();
    layout.put("3303/2024", List.of("seed004-line144.txt", "sykkelvei-nb.pdf", "saksframlegg.html", "broken.pdf"));
    layout.put("3303/2023", List.of("skule-nn.docx", "seed004-line234.txt"));
    layout.put("4005/2024", List.of("seed004-line402.txt", "en-case.txt", "seed004-line534.txt"));
    Path in = dir.resolve("in");
    for (var e : layout.entrySet()) {
      Map<String, byte[]> some = new LinkedHashMap<>();
      e.getValue().forEach(n -> some.put(n, files.get(n)));
      CaseFiles.write(in.resolve(e.getKey()), some);
    }
    Files.writeString(in.resolve("3303/2024/notes.csv"), "not a saksframlegg", StandardCharsets.UTF_8);

    TagDocumentsJob.Result r = TagDocumentsJob.run(spark, in.toString(), dir.resolve("out").toString());

    // plain Java: the CLI's batch on each folder; the folder's year stands in where the CLI has none (0)
    List<String> expected = new ArrayList<>();
    List<String> expectedErrors = new ArrayList<>();
    Map<String, Integer> totals = new HashMap<>();
    CaseBatch batch = CaseBatch.of(CaseReader.create(), CaseAssessor.builder().build());
    for (String folder : layout.keySet()) {
      String municipality = folder.substring(0, 4);
      int folderYear = Integer.parseInt(folder.substring(5));
      BatchResult b = batch.run(in.resolve(folder), (done, total) -> { });
      for (BatchRow x : b.rows()) {
        expected.add(String.join("|", x.caseId(), Integer.toString(x.year() == 0 ? folderYear : x.year()),
            x.title(), Integer.toString(x.goal()), x.targets(), x.status(), x.origin(), Double.toString(x.score()),
            x.suggestedImpact(), x.planElements(), x.focusAreas(), municipality, x.evidence(),
            String.valueOf(x.confidence())));
      }
      b.casesPerYear().forEach((year, n) -> totals.merge(municipality + "/" + (year == 0 ? folderYear : year), n,
          Integer::sum));
      b.errors().forEach(e -> expectedErrors.add(Path.of(e.source()).getFileName() + "|" + e.code()));
    }

    List<Row> rows = spark.read().parquet(dir.resolve("out/document-goals").toString()).collectAsList();
    assertThat(rows.get(0).schema().fieldNames()).containsExactlyElementsOf(TagDocumentsJob.documentGoalColumns());
    List<String> got = new ArrayList<>();
    Set<String> formats = new HashSet<>();
    for (Row x : rows) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 12; i++) {
        sb.append(i == 0 ? "" : "|").append(String.valueOf((Object) x.get(i)));
      }
      // the CLI's last two columns, last here too (positions 16 and 17)
      sb.append('|').append(x.<String>getAs("evidence")).append('|').append(String.valueOf((Object) x.get(17)));
      got.add(sb.toString());
      formats.add(x.getAs("format"));
    }
    assertThat(got).containsExactlyInAnyOrderElementsOf(expected).isNotEmpty();
    assertThat(formats).contains("PDF", "DOCX", "HTML", "TEXT");
    assertThat(got).anyMatch(g -> g.endsWith("|explicit|0.99"))
        .anyMatch(g -> g.matches(".*\\|(several|single)-[a-z]+\\|0\\.[0-9]+"));
    assertThat(TagDocumentsJob.documentGoalColumns().subList(16, 18))
        .isEqualTo(List.of(TagDocumentsJob.CLI_LEVEL_COLUMNS.split(", ")));

    List<String> errors = spark.read().parquet(dir.resolve("out/errors").toString()).collectAsList().stream()
        .map(e -> Path.of(java.net.URI.create(e.<String>getAs("source"))).getFileName() + "|" + e.getAs("code"))
        .toList();
    assertThat(errors).containsExactlyInAnyOrderElementsOf(expectedErrors).containsExactly("broken.pdf|CASE-0005");
    assertThat(r.documents()).isEqualTo(9);
    assertThat(r.errors()).isEqualTo(1);
    assertThat(r.documentGoals()).isEqualTo(expected.size());

    // the summary, recomputed from the plain-Java rows
    Map<String, List<String[]>> byKey = new HashMap<>();
    for (String e : expected) {
      String[] f = e.split("\\|", -1);
      byKey.computeIfAbsent(f[11] + "/" + f[1] + "/" + f[3], k -> new ArrayList<>()).add(f);
    }
    List<Row> summary = spark.read().parquet(dir.resolve("out/summary").toString()).collectAsList();
    assertThat(summary).hasSize(byKey.size());
    for (Row s : summary) {
      String key = s.getAs("municipality") + "/" + s.getAs("year") + "/" + s.getAs("goal");
      List<String[]> lines = byKey.get(key);
      assertThat(lines).as(key).isNotNull();
      assertThat(s.<Long>getAs("documents")).as(key).isEqualTo(lines.size());
      assertThat(s.<Long>getAs("documents_total")).as(key)
          .isEqualTo((long) totals.get(s.getAs("municipality") + "/" + s.getAs("year")));
      assertThat(s.<Long>getAs("explicit_documents")).as(key)
          .isEqualTo(lines.stream().filter(f -> f[6].startsWith("EXPLICIT")).count());
      assertThat(s.<Long>getAs("tagged_documents")).as(key)
          .isEqualTo(lines.stream().filter(f -> f[6].endsWith("TAGGED")).count());
      assertThat(s.<Double>getAs("max_score")).as(key)
          .isEqualTo(lines.stream().mapToDouble(f -> Double.parseDouble(f[7])).max().orElseThrow());
    }
  }
}
