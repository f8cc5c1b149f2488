package io.github.livskraft.cli;

import io.github.livskraft.cli.TestCli.Run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code livskraft jsonstat …} through {@link Main#run}. Fixtures are the kostra-adapter's real SSB files. */
class JsonStatCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path RESOURCES =
      Path.of("../jsonstat/src/test/resources/io/github/livskraft/jsonstat");
  private static final Path KOSTRA = RESOURCES.resolve("ssb-real/pxwebapi-v1_jsonstat2_12367_kostra-regnskap-drift_2021.json");



  @Test
  void inspectText() {
    Run r = TestCli.run("jsonstat", "inspect", KOSTRA.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Class: dataset (JSON-stat 2.0)")
        .contains("Cells: 1250 (765 non-null, 485 null)")
        .contains("Status: \":\" 85, \".\" 400")
        .contains("KOKkommuneregion0000")
        .contains("EAK, EAKUO, 3001, EKG16, EKG17")
        .contains("[time]")
        .contains("ContentsCode=KOSbelop0000: base 1000 kr, decimals 0");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void inspectJson() throws Exception {
    Run r = TestCli.run("jsonstat", "inspect", KOSTRA.toString(), "--json");
    assertThat(r.code()).isZero();
    JsonNode n = JSON.readTree(r.out());
    assertThat(n.get("cells").asInt()).isEqualTo(1250);
    assertThat(n.get("nonNullCells").asInt()).isEqualTo(765);
    assertThat(n.at("/statusCounts/:").asInt()).isEqualTo(85);
    assertThat(n.at("/statusCounts/.").asInt()).isEqualTo(400);
    assertThat(n.get("size").toString()).isEqualTo("[5,2,5,5,1,5]");
    assertThat(n.at("/dimensions/5/id").asText()).isEqualTo("Tid");
    assertThat(n.at("/dimensions/5/roles/0").asText()).isEqualTo("time");
    assertThat(n.at("/dimensions/0/categories/2/label").asText()).isEqualTo("Halden");
    assertThat(n.at("/units/0/base").asText()).isEqualTo("1000 kr");
    assertThat(n.at("/units/0/decimals").asInt()).isZero();
  }

  @Test
  void inspectCollection() {
    Run r = TestCli.run("jsonstat", "inspect", RESOURCES.resolve("samples/oecd-canada-col.json").toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Class: collection").contains("Items (2):").contains("[1] embedded:")
        .contains("Cells: 432 (432 non-null, 0 null)");
  }

  @Test
  void csvToStdout() {
    Run r = TestCli.run("jsonstat", "csv", KOSTRA.toString());
    assertThat(r.code()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(1251);
    assertThat(lines.get(0)).endsWith("Tid,Tid_label,value,status");
    assertThat(lines.get(1)).endsWith(",2015,2015,1943974,");
    assertThat(lines.get(16)).endsWith(",2015,2015,,:");
  }

  /** Issue 17: labels drove the terminal and ran as spreadsheet formulas. */
  @Test
  void inspectEscapesControlCharactersAndCsvGuardsFormulas(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("evil.json");
    java.nio.file.Files.writeString(f, ("{'version':'2.0','class':'dataset','id':['k'],'size':[1],'dimension':{'k':"
        + "{'label':'\\u001b]0;pwned\\u0007','category':{'index':['a'],'label':{'a':'=HYPERLINK(1)'}}}},"
        + "'value':[1]}").replace('\'', '"'));
    Run r = TestCli.run("jsonstat", "inspect", f.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).doesNotContain("\u001b").doesNotContain("\u0007").contains("\\u001B]0;pwned\\u0007");
    Run csv = TestCli.run("jsonstat", "csv", f.toString());
    assertThat(csv.out()).contains(",'=HYPERLINK(1),");
    Run raw = TestCli.run("jsonstat", "csv", f.toString(), "--no-formula-guard");
    assertThat(raw.out()).contains(",=HYPERLINK(1),");
  }

  @Test
  void csvToFileWithOptions(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("kostra.csv");
    Run r = TestCli.run("jsonstat", "csv", KOSTRA.toString(), "--out", out.toString(), "--delimiter", ";",
        "--no-labels", "--skip-empty");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo(
        "KOKkommuneregion0000;KOKregnskapsomfa0000;KOKfunksjon0000;KOKart0000;ContentsCode;Tid;value;status");
    // every cell of this table has a value or a status, so nothing is skipped
    assertThat(lines).hasSize(1251);
    assertThat(lines.get(1)).isEqualTo("EAK;A;100;AGD4;KOSbelop0000;2015;1943974;");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void badFileExitsTwoWithJsonPathInTheChosenLanguage(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"a\",\"b\"],\"size\":[2],"
        + "\"dimension\":{},\"value\":[]}");
    Run r = TestCli.run("jsonstat", "inspect", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("JSONSTAT-0004 at $.size").contains("'size' has 1 entries but 'id' has 2")
        .doesNotContain("JSONSTAT-0004 ved");
    assertThat(TestCli.run("jsonstat", "inspect", bad.toString(), "--lang", "nb").err())
        .contains("JSONSTAT-0004 ved $.size").contains("'size' har 1 elementer").doesNotContain(" at $.size");
  }

  @Test
  void csvOfABadFileWritesNothing(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("truncated.json");
    String full = Files.readString(KOSTRA);
    Files.writeString(bad, full.substring(0, full.length() / 2));
    Path out = dir.resolve("out.csv");
    Run r = TestCli.run("jsonstat", "csv", bad.toString(), "--out", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("JSONSTAT-0001").contains("$.");
    assertThat(out).doesNotExist();
  }

  @Test
  void jsonStat1IsReportedAndCanBeUpgraded() {
    String v1 = RESOURCES.resolve("ssb-real/pxwebapi-v1_jsonstat1_fishfarming-earnings_2016.json").toString();
    Run r = TestCli.run("jsonstat", "inspect", v1);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("JSONSTAT-0010 at $.dataset").contains("JSON-stat 1.x document");
    assertThat(TestCli.run("jsonstat", "inspect", v1, "--lang", "nb").err()).contains("JSON-stat 1.x-dokument");
    Run up = TestCli.run("jsonstat", "inspect", v1, "--upgrade-v1");
    assertThat(up.code()).isZero();
    assertThat(up.out()).contains("Cells: 1260 (870 non-null, 390 null)").contains("\"..\" 390");
  }

  @Test
  void missingFileAndCollectionCsvAreBadInput() {
    Run missing = TestCli.run("jsonstat", "inspect", "no-such-file.json");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("CLI-0001").contains("No such file: no-such-file.json")
        .doesNotContain("finner ikke");
    assertThat(TestCli.run("jsonstat", "inspect", "no-such-file.json", "--lang", "nb").err())
        .contains("Finner ikke filen no-such-file.json");
    Run col = TestCli.run("jsonstat", "csv", RESOURCES.resolve("samples/collection.json").toString());
    assertThat(col.code()).isEqualTo(2);
    assertThat(col.err()).contains("csv needs a dataset");
  }

  @Test
  void helpHasExamples() {
    Run r = TestCli.run("jsonstat", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("inspect").contains("csv").contains("Examples:")
        .contains("livskraft jsonstat inspect 12367.json --json");
    assertThat(TestCli.run("jsonstat", "csv", "--help").out()).contains("--skip-empty").contains("Examples:");
  }

  @Test
  void maxTextCharsBoundsTheTextsKeptAndCanBeRaised(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("long-label.json");
    Files.writeString(f, "{\"version\":\"2.0\",\"class\":\"dataset\",\"label\":\"" + "x".repeat(500)
        + "\",\"id\":[\"k\"],\"size\":[1],\"dimension\":{\"k\":{\"category\":{\"index\":[\"a\"]}}},"
        + "\"value\":[1]}");
    Run refused = TestCli.run("jsonstat", "inspect", f.toString(), "--max-text-chars", "200", "--lang", "nb");
    assertThat(refused.code()).as(refused.err()).isEqualTo(2);
    assertThat(refused.err()).contains("long-label.json").contains("JSONSTAT-0009").contains("200");
    Run read = TestCli.run("jsonstat", "inspect", f.toString(), "--max-text-chars", "10000", "--lang", "nb");
    assertThat(read.code()).as(read.err()).isZero();
    Run zero = TestCli.run("jsonstat", "csv", f.toString(), "--max-text-chars", "0", "--lang", "nn");
    assertThat(zero.code()).isEqualTo(2);
    assertThat(zero.err()).contains("--max-text-chars må vere minst 1, var 0");
    // the same rule, one key, for the other count option, in bokmål and English
    Run noCells = TestCli.run("jsonstat", "csv", f.toString(), "--max-cells", "-3", "--lang", "nb");
    assertThat(noCells.code()).isEqualTo(2);
    assertThat(noCells.err()).contains("--max-cells må være minst 1, var -3");
    Run noCellsEn = TestCli.run("jsonstat", "inspect", f.toString(), "--max-cells", "0", "--lang", "en");
    assertThat(noCellsEn.err()).contains("--max-cells must be at least 1, was 0").doesNotContain("minst");
  }
}
