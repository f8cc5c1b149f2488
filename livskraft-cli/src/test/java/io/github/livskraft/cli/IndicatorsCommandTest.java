package io.github.livskraft.cli;

import io.github.livskraft.cli.TestCli.Run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorsCommandTest {
  @TempDir static Path dir;
  static Path data;



  @BeforeAll
  static void copyData() {
    data = TestCli.kongsbergregionenSeries(dir);
  }

  @Test
  void list_prints_the_bundled_library() throws IOException {
    Run r = TestCli.run("indicators", "list");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("waste.household-per-capita").contains("kindergarten.coverage-1-5")
        .containsPattern("\\d+ indicators, \\d+ with SSB table and ContentsCode verified");
    Run json = TestCli.run("indicators", "list", "--json", "--goal", "13");
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertThat(root.get("count").asInt()).isPositive();
    for (JsonNode n : root.get("indicators")) {
      assertThat(n.get("targets").toString()).contains("\"13.");
    }
    assertThat(TestCli.run("indicators", "list", "--verified", "--lang", "nb").out()).contains("ja")
        .doesNotContain("nei\n");
  }

  @Test
  void show_text_and_json() throws IOException {
    Run r = TestCli.run("indicators", "show", "climate.ghg-per-capita", "--lang", "nb");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Klimagassutslipp per innbygger").contains("Miljødirektoratet")
        .contains("07459").contains("Forbehold");
    JsonNode n = new ObjectMapper().readTree(TestCli.run("indicators", "show", "kindergarten.coverage-1-5", "--json").out());
    assertThat(n.get("verified").asBoolean()).isTrue();
    assertThat(n.get("sources").get(0).get("contentsCode").asText()).isEqualTo("KOSandel150000");
  }

  @Test
  void unknown_id_is_bad_input() {
    Run r = TestCli.run("indicators", "show", "no.such-indicator");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("IND-0001").contains("no.such-indicator").contains("Unknown");
  }

  @Test
  void compute_table_json_and_csv() throws IOException {
    Run r = TestCli.run("indicators", "compute", "--data", data.toString(), "--indicator", "climate.ghg-per-capita",
        "--region", "4005", "--target", "climate.ghg-per-capita=2.5@2030", "--bounds",
        "climate.ghg-per-capita=15:0", "--colours", "climate.ghg-per-capita=15,8,5,3,0");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("climate.ghg-per-capita").contains("4005").contains("2024")
        .contains("Kilde: Statistisk sentralbyrå, CC BY 4.0").contains("Derived figures")
        .contains("Goals (SDSN-style").contains("SDG 13");
    Run json = TestCli.run("indicators", "compute", "--data", data.toString(), "--json");
    assertThat(json.code()).isZero();
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertThat(root.get("format").asText()).isEqualTo("livskraft-results/1");
    assertThat(root.get("results").size()).isGreaterThanOrEqualTo(7);
    assertThat(json.out()).doesNotContain("\"indicator\" : \"climate.ghg-road-traffic\"");
    Run csv = TestCli.run("indicators", "compute", "--data", data.toString(), "--csv", "--indicator",
        "kindergarten.coverage-1-2");
    assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("indicator,region,period,value,status");
    assertThat(csv.out().lines().count()).isEqualTo(1 + 7 * 9);
  }

  /** A real PxWebApi v2 response (SSB 12134, KOSAG110000, 2024; see the PROVENANCE file beside it). */
  @Test
  void compute_from_ssb_json_stat() throws IOException {
    Path js = dir.resolve("12134.json");
    try (InputStream in = IndicatorsCommandTest.class.getResourceAsStream("indicators-12134-KOSAG110000.json")) {
      Files.copy(in, js, StandardCopyOption.REPLACE_EXISTING);
    }
    Run r = TestCli.run("indicators", "compute", "--jsonstat", js.toString(), "--variable",
        "KOSAG110000=governance.free-income-per-capita", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("results")).hasSize(3);
    JsonNode oslo = root.get("results").get(0);
    assertThat(oslo.get("region").asText()).isEqualTo("0301");
    assertThat(oslo.get("observations").get(0).get("value").asDouble()).isEqualTo(81240);
    assertThat(oslo.get("provenance").get("table").asText()).isEqualTo("12134");
    assertThat(oslo.get("provenance").get("contentsCode").asText()).isEqualTo("KOSAG110000");
    assertThat(TestCli.run("indicators", "compute", "--jsonstat", js.toString()).code()).as("no variable matches")
        .isEqualTo(2);
  }

  @Test
  void compute_for_kongsbergregionen_and_a_custom_group() {
    Run r = TestCli.run("indicators", "compute", "--data", data.toString(), "--indicator", "kindergarten.coverage-1-2",
        "--aggregate", "kongsbergregionen", "--region", "3303");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("kongsbergregionen").contains("3303");
    Run g = TestCli.run("indicators", "compute", "--data", data.toString(), "--indicator", "climate.ghg-per-capita",
        "--region", "4005", "--aggregate", "vest=4005,4024,4026");
    assertThat(g.code()).as(g.err()).isZero();
    assertThat(g.out()).contains("vest");
    assertThat(TestCli.run("indicators", "compute", "--data", data.toString(), "--aggregate", "x=12").code()).isEqualTo(2);
  }

  @Test
  void bad_input_exits_with_2() throws IOException {
    assertThat(TestCli.run("indicators", "compute").code()).isEqualTo(2);
    assertThat(TestCli.run("indicators", "compute", "--data", dir.resolve("missing.csv").toString()).code()).isEqualTo(2);
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "region,variable,period,value\n3303,x,2020,abc\n");
    Run r = TestCli.run("indicators", "compute", "--data", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("line 2").contains("abc");
    assertThat(TestCli.run("indicators", "compute", "--data", data.toString(), "--target", "nope=3").code()).isEqualTo(2);
    assertThat(TestCli.run("indicators", "compute", "--data", data.toString(), "--target",
        "climate.ghg-per-capita=abc").err()).contains("not a number");
    assertThat(TestCli.run("indicators", "compute", "--data", data.toString(), "--indicator", "climate.ghg-per-capita",
        "--region", "3303").err()).contains("variable ghg");
    assertThat(TestCli.run("indicators", "list", "--lang", "de").code()).isEqualTo(2);
  }

  @Test
  void user_definition_files_are_merged() throws IOException {
    Path defs = dir.resolve("mine.json");
    Files.writeString(defs, "{\"format\":\"livskraft-indicators/1\",\"edition\":\"mine\",\"definitions\":[{"
        + "\"id\":\"local.cycle-paths\",\"name\":{\"nb\":\"Sykkelvei\",\"en\":\"Cycle paths\"},\"theme\":\"transport\","
        + "\"unit\":{\"nb\":\"km\",\"en\":\"km\"},\"decimals\":1,\"direction\":\"higher\",\"targets\":[{\"target\":"
        + "\"11.2\",\"role\":\"primary\"}],\"formula\":{\"kind\":\"value\",\"numerator\":\"local.cycle-paths\"},"
        + "\"sources\":[{\"key\":\"local.cycle-paths\",\"kind\":\"manual\",\"publisher\":\"Kommunen\","
        + "\"verified\":false}],\"aggregation\":\"sum\"}]}");
    Run r = TestCli.run("indicators", "show", "local.cycle-paths", "--definitions", defs.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Cycle paths");
  }
}
