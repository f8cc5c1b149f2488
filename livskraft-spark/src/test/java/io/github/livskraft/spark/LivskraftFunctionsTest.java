package io.github.livskraft.spark;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.casework.Assessment;
import io.github.livskraft.casework.CaseAssessor;
import io.github.livskraft.casework.CaseDocument;
import io.github.livskraft.casework.CaseHeader;
import io.github.livskraft.casework.CaseReader;
import io.github.livskraft.casework.CaseworkException;
import io.github.livskraft.casework.ExplicitReference;
import io.github.livskraft.casework.GoalLine;
import io.github.livskraft.tagger.SdgTagger;
import io.github.livskraft.tagger.TagResult;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.SdgCatalogue;
import io.github.livskraft.sdg.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.SparkException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LivskraftFunctionsTest {
  private static SparkSession spark;
  private static final StructType DOCS = new StructType().add("id", DataTypes.StringType, false)
      .add("text", DataTypes.StringType, true);

  @BeforeAll
  static void start() {
    spark = LocalSpark.start("functions-test");
    LivskraftFunctions.register(spark);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** Real text: the five Norwegian seed documents and the first English benchmark snippets, plus a null row. */
  static List<Row> corpus() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("../seeds"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        rows.add(RowFactory.create(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
      }
    }
    Path csv = Path.of("../sdg-tagger/src/test/resources/io/github/livskraft/tagger/benchmark/benchmark.csv");
    SparkSession s = spark;
    Dataset<Row> bench = s.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
        .csv(csv.toString()).select(col("id"), col("text")).limit(60);
    rows.addAll(bench.collectAsList());
    rows.add(RowFactory.create("null-text", null));
    return rows;
  }

  @Test
  void tagEqualsThePlainJavaTaggerOnRealText() throws IOException {
    List<Row> docs = corpus();
    Dataset<Row> df = spark.createDataFrame(docs, DOCS);
    List<Row> tagged = df.select(col("id"), col("text"), call_function("sdg_tag", col("text")).as("t"))
        .collectAsList();
    assertThat(tagged).hasSize(docs.size());
    SdgTagger tagger = SdgTagger.bundled();
    int withGoals = 0;
    for (Row r : tagged) {
      String text = r.getString(1);
      if (text == null) {
        assertThat(r.isNullAt(2)).as("null text gives null").isTrue();
        continue;
      }
      TagResult expected = tagger.tag("row", text);
      Row t = r.getStruct(2);
      assertThat(t.getString(0)).isEqualTo(expected.language().tag());
      List<Row> goals = t.getList(1);
      assertThat(goals).extracting(g -> g.getInt(0))
          .containsExactlyElementsOf(expected.goals().stream().map(g -> g.goal().number()).toList());
      assertThat(goals).extracting(g -> g.getDouble(1))
          .containsExactlyElementsOf(expected.goals().stream().map(g -> g.score()).toList());
      assertThat(goals).extracting(g -> g.<String>getList(2)).containsExactlyElementsOf(expected.goals().stream()
          .map(g -> g.matches().stream().map(m -> m.ruleId()).toList()).toList());
      assertThat(goals).extracting(g -> g.getString(3) + " " + g.getDouble(4)).containsExactlyElementsOf(
          expected.goals().stream().map(g -> g.evidence().id() + " " + g.confidence()).toList());
      List<Row> targets = t.getList(2);
      assertThat(targets).extracting(g -> g.getString(0))
          .containsExactlyElementsOf(expected.targets().stream().map(x -> x.target().toString()).toList());
      assertThat(targets).extracting(g -> g.getInt(1) + " " + g.getDouble(2) + " " + g.getList(3))
          .containsExactlyElementsOf(expected.targets().stream().map(x -> x.target().goal().number() + " "
              + x.score() + " " + x.matches().stream().map(m -> m.ruleId()).toList()).toList());
      withGoals += goals.isEmpty() ? 0 : 1;
    }
    assertThat(withGoals).as("the corpus is not trivially empty").isGreaterThan(20);
  }

  @Test
  void goalStructsEndWithEvidenceAndConfidence() {
    assertThat(spark.sql("SELECT sdg_tag('x') AS t").schema().json()).contains(
        "{\"name\":\"rules\",\"type\":{\"type\":\"array\",\"elementType\":\"string\",\"containsNull\":false},"
            + "\"nullable\":false,\"metadata\":{}},{\"name\":\"evidence\",\"type\":\"string\",\"nullable\":false,"
            + "\"metadata\":{}},{\"name\":\"confidence\",\"type\":\"double\",\"nullable\":false,\"metadata\":{}}]");
    Row explicit = spark.sql("SELECT g.* FROM (SELECT explode(sdg_tag_in('Saken bidrar til bærekraftsmål nr. 5 om "
        + "likestilling.', 'nb').goals) AS g)").first();
    assertThat(explicit.getInt(0)).isEqualTo(5);
    assertThat(explicit.<String>getAs("evidence")).isEqualTo("explicit");
    assertThat(explicit.<Double>getAs("confidence")).isEqualTo(0.99);
    assertThat(explicit.getString(3)).as("by position, after goal, score, rules").isEqualTo("explicit");
    List<Row> single = spark.sql("SELECT g.goal, g.evidence, g.confidence FROM (SELECT explode("
        + "sdg_tag_in('Tiltaket gjelder drikkevann.', 'nb').goals) AS g)").collectAsList();
    assertThat(single).singleElement().satisfies(g -> {
      assertThat(g.getInt(0)).isEqualTo(6);
      assertThat(g.getString(1)).isEqualTo("single-sole");
      assertThat(g.getDouble(2)).isEqualTo(0.68);
    });
  }

  @Test
  void tagInUsesTheGivenLanguageAndRejectsUnknownTags() {
    String text = "Kommunen skal halvere klimagassutsleppa innan 2030.";
    Row r = spark.sql("SELECT sdg_tag_in('" + text + "', 'nn') AS t").first().getStruct(0);
    TagResult expected = SdgTagger.bundled().tag("x", text, Language.NN);
    assertThat(r.getString(0)).isEqualTo("nn");
    assertThat(r.<Row>getList(1)).extracting(g -> g.getInt(0))
        .containsExactlyElementsOf(expected.goalCodes().stream().map(g -> g.number()).toList());
    assertThatThrownBy(() -> spark.sql("SELECT sdg_tag_in('tekst', 'sv')").collectAsList())
        .isInstanceOf(SparkException.class).hasStackTraceContaining("SPARK-0001")
        .hasStackTraceContaining("'sv'");
  }

  @Test
  void referencesFindExplicitGoalsAndTargets() {
    Map<String, List<String>> cases = new HashMap<>();
    cases.put("Tiltaket støtter bærekraftsmål nr. 5 om likestilling.", List.of("5"));
    cases.put("Saka gjeld berekraftsmål 4 og delmål 16.7.", List.of("4", "16.7"));
    cases.put("FNs bærekraftsmål 3, 5 og 11 er prioritert.", List.of("3", "5", "11"));
    cases.put("This supports SDG 3 and SDG 11.6; see Sustainable Development Goal 13.", List.of("3", "11.6", "13"));
    cases.put("Delmål 3 i planen og bærekraftsmål 18 finnes ikke; delmål 3.15 heller ikke.", List.of());
    cases.put("Indikator 11.6.1 er ikke et delmål; SDG 1.a er et delmål.", List.of("1.a"));
    List<Row> rows = cases.keySet().stream().map(t -> RowFactory.create(t, t)).toList();
    List<Row> out = spark.createDataFrame(rows, DOCS).select(col("text"),
        call_function("sdg_references", col("text")).as("r")).collectAsList();
    for (Row r : out) {
      String text = r.getString(0);
      List<Row> refs = r.getList(1);
      assertThat(refs).as(text).extracting(x -> x.getString(0)).containsExactlyElementsOf(cases.get(text));
      for (Row ref : refs) {
        assertThat(text.substring(ref.getInt(3), ref.getInt(4))).as("span of " + ref).isEqualToIgnoringCase(
            ref.getString(0));
        assertThat(ref.getString(1)).isEqualTo(ref.getString(0).contains(".") ? "target" : "goal");
      }
    }
  }

  @Test
  void catalogueLookUpsEqualTheCatalogue() {
    SdgCatalogue cat = SdgCatalogue.bundled();
    Row r = spark.sql("SELECT sdg_goal_title(13, 'nb'), sdg_goal_name(5, 'en'), sdg_target_title('11.6', 'nn'),"
        + " sdg_goal_of('16.7'), sdg_goal_colour(7), sdg_goal_title(NULL, 'nb')").first();
    Target t = cat.getTarget("11.6");
    assertThat(r.getString(0)).isEqualTo(cat.getGoal("13").titleText().text(Language.NB));
    assertThat(r.getString(1)).isEqualTo(cat.getGoal("5").shortName(Language.EN));
    assertThat(r.getString(2)).isEqualTo(t.titleText().text(Language.NN));
    assertThat(r.getInt(3)).isEqualTo(16);
    assertThat(r.getString(4)).isEqualTo(cat.getGoal("7").colour());
    assertThat(r.isNullAt(5)).isTrue();
    assertThatThrownBy(() -> spark.sql("SELECT sdg_goal_of('18.1')").collectAsList())
        .hasStackTraceContaining("18.1");
  }

  /** The assessment as plain-Java casework gives it, in the columns of {@code sdg_assess}. */
  private static String expected(Path file) {
    CaseDocument doc;
    try {
      doc = CaseReader.create().read(file);
    } catch (CaseworkException e) {
      return "error " + e.errorCode().code();
    }
    Assessment a = CaseAssessor.builder().build().assess(doc);
    CaseHeader h = doc.header();
    StringBuilder sb = new StringBuilder();
    sb.append(doc.id()).append('|').append(doc.format()).append('|').append(doc.language().tag()).append('|')
        .append(a.title()).append('|').append(h.date().map(d -> d.getYear()).or(() -> h.caseNumber()
            .map(n -> n.year())).orElse(null)).append('|').append(h.caseNumber().map(Object::toString).orElse(null))
        .append('|').append(h.caseOfficer().orElse(null)).append('|').append(h.archiveCode().orElse(null))
        .append('|').append(h.date().orElse(null)).append('|').append(h.committee().orElse(null)).append('|')
        .append(h.meetingDate().orElse(null)).append('|').append(h.committeeCaseNumber().orElse(null)).append('|')
        .append(h.decidedBy().orElse(null)).append('|').append(a.textSha256()).append('|')
        .append(doc.text().length());
    for (GoalLine l : a.lines()) {
      sb.append("\n  goal ").append(l.goal().number()).append(' ').append(l.targets()).append(' ')
          .append(l.origin()).append(' ').append(l.score()).append(' ').append(l.suggestedImpact().impact())
          .append(' ').append(l.evidence().stream().map(e -> e.part().name()).distinct().toList())
          .append(' ').append(l.findEvidenceLevelId().orElse(null))
          .append(' ').append(l.findConfidence().orElse(null));
    }
    for (ExplicitReference r : a.explicitReferences()) {
      sb.append("\n  ref ").append(r.goal().number()).append(' ').append(r.target().map(Object::toString)
          .orElse(null)).append(' ').append(r.start()).append('-').append(r.end()).append(' ').append(r.text())
          .append(' ').append(r.part());
    }
    return sb.toString();
  }

  /** The same rendering of one {@code sdg_assess} row. */
  private static String actual(Row a) {
    if (!a.isNullAt(a.fieldIndex("error_code"))) {
      return "error " + a.getAs("error_code");
    }
    StringBuilder sb = new StringBuilder();
    for (String f : List.of("id", "format", "language", "title", "year", "case_number", "case_officer",
        "archive_code", "document_date", "committee", "meeting_date", "committee_case_number", "decided_by",
        "text_sha256", "chars")) {
      sb.append(f.equals("id") ? "" : "|").append(String.valueOf((Object) a.getAs(f)));
    }
    for (Row g : a.<Row>getList(a.fieldIndex("goals"))) {
      sb.append("\n  goal ").append(g.<Integer>getAs("goal")).append(' ').append(g.getList(1)).append(' ')
          .append(g.<String>getAs("origin")).append(' ').append(g.<Double>getAs("score")).append(' ')
          .append(g.<String>getAs("impact")).append(' ').append(g.getList(5)).append(' ')
          .append(g.<String>getAs("evidence")).append(' ').append(g.<Double>getAs("confidence"));
      // the two new fields are the struct's last, so readers by position see them at 6 and 7
      assertThat(g.schema().fieldNames()).endsWith("parts", "evidence", "confidence");
      assertThat((Object) g.get(6)).isEqualTo(g.getAs("evidence"));
      assertThat((Object) g.get(7)).isEqualTo(g.getAs("confidence"));
    }
    for (Row r : a.<Row>getList(a.fieldIndex("references"))) {
      sb.append("\n  ref ").append(r.<Integer>getAs("goal")).append(' ').append(r.<String>getAs("target"))
          .append(' ').append(r.<Integer>getAs("start")).append('-').append(r.<Integer>getAs("end")).append(' ')
          .append(r.<String>getAs("phrase")).append(' ').append(r.<String>getAs("part"));
    }
    return sb.toString();
  }

  @Test
  void assessEqualsPlainJavaCaseworkOnEveryFormatAndReportsBadFilesPerRow(@TempDir Path dir) throws IOException {
    Map<String, byte[]> files = CaseFiles.all();
    CaseFiles.write(dir, files);
    List<Row> rows = spark.read().format("binaryFile").load(dir.toString())
        .select(col("path"), call_function("sdg_assess", col("content"), col("path")).as("a")).collectAsList();
    // Spark's file source makes no split for a zero-length file: empty.txt gives no row (documented)
    assertThat(rows).hasSize(files.size() - 1);
    Map<String, String> got = new TreeMap<>();
    Map<String, Row> byName = new HashMap<>();
    for (Row r : rows) {
      String name = Path.of(java.net.URI.create(r.getString(0))).getFileName().toString();
      got.put(name, actual(r.getStruct(1)));
      byName.put(name, r.getStruct(1));
    }
    Map<String, String> want = new TreeMap<>();
    files.keySet().stream().filter(n -> !n.equals("empty.txt")).forEach(n -> want.put(n, expected(dir.resolve(n))));
    assertThat(got).isEqualTo(want);
    // the fixtures exercise what matters: every format, a recognised arkivsaksnr, goals with evidence parts
    assertThat(got.values()).anyMatch(v -> v.contains("|PDF|")).anyMatch(v -> v.contains("|DOCX|"))
        .anyMatch(v -> v.contains("|HTML|")).anyMatch(v -> v.contains("/4976|"))
        .anyMatch(v -> v.contains("\n  goal ")).anyMatch(v -> v.contains("\n  ref "))
        .anyMatch(v -> v.contains(" explicit 0.99")).anyMatch(v -> v.matches("(?s).*\n  goal .* (several|single)-.*"));
    assertThat(got.values()).noneMatch(v -> v.contains("\n  goal ") && v.contains(" null null"));
    assertThat(got.get("broken.pdf")).isEqualTo("error CASE-0005");
    assertThat(expected(dir.resolve("empty.txt"))).isEqualTo("error CASE-0001");
    Row empty = spark.sql("SELECT sdg_assess(X'', 'file:/saker/empty.txt') AS a").first().getStruct(0);
    assertThat(actual(empty)).isEqualTo("error CASE-0001");
    assertThat(empty.<String>getAs("error")).contains("empty.txt");
    assertThat(empty.<String>getAs("id")).isEqualTo("empty.txt");
    assertThat(byName.get("broken.pdf").<String>getAs("error")).startsWith("CASE-0005").contains("broken.pdf");
    assertThat(spark.sql("SELECT sdg_assess(CAST(NULL AS BINARY), 'x.pdf')").first().isNullAt(0)).isTrue();
  }
}
