package io.github.livskraft.casework.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.casework.CaseAssessor;
import io.github.livskraft.casework.CaseReader;
import io.github.livskraft.casework.Fixtures;
import io.github.livskraft.sdg.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseBatchTest {
  private final CaseBatch batch = CaseBatch.of(CaseReader.create(),
      CaseAssessor.builder().clock(Fixtures.CLOCK).planFiles(Fixtures.PLANS).build());

  @Test
  void folderWithGoodAndBadFiles(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a-sykkelvei.txt"), Fixtures.text("written/sykkelvei-nb.txt"));
    Files.write(in.resolve("b-skule.docx"), Fixtures.docx(Fixtures.text("written/skule-nn.txt")));
    Files.write(in.resolve("c-kryptert.pdf"), Fixtures.pdf("x", true));
    Files.write(in.resolve("d-tom.txt"), new byte[0]);
    List<long[]> ticks = new ArrayList<>();
    BatchResult r = batch.run(in, (d, t) -> ticks.add(new long[] {d, t}));
    assertThat(r.caseCount()).isEqualTo(2);
    assertThat(r.casesPerYear()).containsEntry(2025, 1).containsEntry(2024, 1);
    assertThat(r.errors()).extracting(BatchError::code).containsExactly("CASE-0003", "CASE-0001");
    assertThat(ticks).hasSize(4);
    assertThat(r.rows()).anySatisfy(row -> {
      assertThat(row.caseId()).isEqualTo("a-sykkelvei.txt");
      assertThat(row.goal()).isEqualTo(13);
    });
    assertThat(r.summary(Language.NB)).contains("Av 1 saker i 2025:").contains("berørte bærekraftsmål 13");
    Path out = dir.resolve("out");
    r.writeTo(out);
    List<String> csv = Files.readAllLines(out.resolve("cases.csv"));
    assertThat(csv.get(0)).isEqualTo("caseId,year,title,goal,targets,status,origin,score,suggestedImpact,"
        + "planElements,focusAreas,evidence,confidence");
    assertThat(csv).hasSize(r.rows().size() + 1);
    // every fresh line has a level; the two last cells are its id and confidence, in the rows' order
    for (int i = 0; i < r.rows().size(); i++) {
      BatchRow row = r.rows().get(i);
      io.github.livskraft.tagger.Evidence level = level(row.evidence());
      assertThat(row.confidence()).isEqualTo(level.confidence());
      assertThat(csv.get(i + 1)).endsWith("," + level.id() + "," + level.confidence());
    }
    assertThat(Files.readString(out.resolve("errors.csv"))).contains("c-kryptert.pdf");
    assertThat(Files.readString(out.resolve("summary-nn.txt"))).contains("saker i 2025");
    try (var s = Files.list(out)) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void jsonLines(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("saker.jsonl");
    Files.writeString(f, """
        {"id":"s1","text":"Forslag til vedtak\\nSaka gjeld berekraftsmål 4 og god utdanning.","year":2025}
        {"id":"s2","text":"Rådmannens innstilling\\nTiltaket reduserer klimagassutslipp, jf. bærekraftsmål 13.","date":"2025-05-02"}
        not json
        {"id":"s3"}
        """);
    BatchResult r = batch.run(f, ProgressListener.none());
    assertThat(r.caseCount()).isEqualTo(2);
    assertThat(r.errors()).extracting(BatchError::source).containsExactly(f + ":3", f + ":4");
    assertThat(r.errors()).extracting(BatchError::code).containsOnly("CASE-0012");
    assertThat(r.summary(Language.EN)).contains("Of 2 cases in 2025:").contains("1 touched SDG 4")
        .contains("1 touched SDG 13");
    assertThat(r.rows()).filteredOn(row -> row.caseId().equals("s2") && row.goal() == 13).singleElement()
        .satisfies(row -> {
          assertThat(row.origin()).startsWith("EXPLICIT");
          assertThat(row.evidence()).isEqualTo("explicit");
          assertThat(row.confidence()).isEqualTo(0.99);
        });
    Path out = dir.resolve("out");
    r.writeTo(out);
    assertThat(Files.readAllLines(out.resolve("cases.csv"))).anySatisfy(l -> assertThat(l).startsWith("s2,2025,")
        .contains(",13,").endsWith(",explicit,0.99"));
    assertThat(Files.readString(out.resolve("cases.json"))).contains("\"evidence\" : \"explicit\"")
        .contains("\"confidence\" : 0.99");
  }

  @Test
  void aRowWithoutLevelHasEmptyCells(@TempDir Path dir) throws Exception {
    BatchRow none = new BatchRow("x", 2025, "T", 3, "", "CONFIRMED", "OFFICER", 0.0, "UNCLEAR", "", "");
    assertThat(none.evidence()).isEmpty();
    assertThat(none.confidence()).isNull();
    new BatchResult(List.of(none), java.util.Map.of(2025, 1), List.of()).writeTo(dir);
    assertThat(Files.readAllLines(dir.resolve("cases.csv")).get(1)).isEqualTo("x,2025,T,3,,CONFIRMED,OFFICER,0.0,"
        + "UNCLEAR,,,,");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BatchRow("x", 2025, "T", 3, "", "SUGGESTED",
        "TAGGED", 1.0, "UNCLEAR", "", "", "single-top", null)).isInstanceOf(IllegalArgumentException.class);
  }

  private static io.github.livskraft.tagger.Evidence level(String id) {
    return java.util.Arrays.stream(io.github.livskraft.tagger.Evidence.values()).filter(e -> e.id().equals(id))
        .findFirst().orElseThrow(() -> new AssertionError("not a level id: '" + id + "'"));
  }
}
