package io.github.livskraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.livskraft.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  @Test
  void defaultReportWritesAllFilesAndPrintsTheAbsolutePath(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("rep");
    String[] r = TestCli.runToArray("report", "--out", out.toString(), "--lang", "nb");
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    Path html = out.resolve("report.html").toAbsolutePath().normalize();
    assertThat(r[1]).contains(html.toString());
    assertThat(html).exists();
    assertThat(out.resolve("report.json")).exists();
    assertThat(out.resolve("indicator-values.csv")).exists();
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList())
          .as("no temporary files left").isEmpty();
    }
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"nb\"")
        .contains("Kilde: Statistisk sentralbyrå, CC BY 4.0").contains("Miljødirektoratet")
        .doesNotContain("http://fonts").doesNotContain("<script").doesNotContain("<link ");
    assertThat(page.split("class=\"goal-tile", -1)).hasSize(18);
  }

  @Test
  void jsonSummaryAndJsonReportAgree(@TempDir Path dir) throws Exception {
    String[] r = TestCli.runToArray("report", "--json", "--lang", "en", "--out", dir.toString());
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    ObjectMapper m = new ObjectMapper();
    JsonNode summary = m.readTree(r[1]);
    JsonNode report = m.readTree(Path.of(summary.path("json").asText()).toFile());
    assertThat(report.path("language").asText()).isEqualTo("en");
    assertThat(report.path("region").path("municipalities")).hasSize(7);
    assertThat(report.path("goals")).hasSize(17);
    assertThat(report.path("priorityGoals").toString()).isEqualTo("[2,3,4,9,11,13]");
    assertThat(report.path("indicators")).hasSize(summary.path("indicators").asInt());
    JsonNode pop = report.path("indicators").get(0);
    assertThat(pop.path("id").asText()).isEqualTo("population");
    // Kongsberg on 1 January 2024 under its 2024 code, and 2005 under its old code 0604, on one series
    assertThat(pop.path("municipalities").path("3303").path("values").path("2005").asDouble()).isEqualTo(23244.0);
    assertThat(pop.path("municipalities").path("3303").path("values").size()).isEqualTo(20);
    // the region is the sum of the seven
    double sum = 0;
    for (JsonNode s : pop.path("municipalities")) {
      sum += s.path("values").path("2024").asDouble();
    }
    assertThat(pop.path("region").path("values").path("2024").asDouble()).isEqualTo(sum);
  }

  @Test
  void nynorskReport(@TempDir Path dir) throws Exception {
    String[] r = TestCli.runToArray("report", "--lang", "nn", "--out", dir.toString());
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    String page = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(page).contains("<html lang=\"nn\"").contains("Berekraftsrapport").contains("Kjelder og lisensar");
    JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    assertThat(report.path("language").asText()).isEqualTo("nn");
  }

  @Test
  void singleMunicipalityRegionAndBadInput(@TempDir Path dir) throws Exception {
    String[] ok = TestCli.runToArray("report", "--region", "3303", "--out", dir.toString(), "--json");
    assertThat(ok[0]).as(ok[2]).isEqualTo("0");
    JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    assertThat(report.path("region").path("municipalities")).hasSize(1);
    assertThat(report.path("region").path("name").asText()).isEqualTo("Kongsberg");

    String[] bad = TestCli.runToArray("report", "--region", "9999", "--out", dir.resolve("x").toString());
    assertThat(bad[0]).isEqualTo("2");
    assertThat(bad[2]).contains("9999");
    assertThat(dir.resolve("x")).doesNotExist();

    String[] lang = TestCli.runToArray("report", "--lang", "de", "--out", dir.resolve("y").toString());
    assertThat(lang[0]).isEqualTo("2");
    assertThat(lang[2]).contains("'de'").contains("nb (bokmål), nn (nynorsk) or en");
  }

  @Test
  void planFilesFromTheCommandLineAndABrokenOne(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("kongsberg.yaml");
    Files.copy(Path.of("../examples/plans/kongsberg-kommuneplan.yaml"), plan);
    String[] ok = TestCli.runToArray("report", plan.toString(), "--out", dir.resolve("ok").toString(), "--json");
    assertThat(ok[0]).as(ok[2]).isEqualTo("0");
    JsonNode report = new ObjectMapper().readTree(dir.resolve("ok/report.json").toFile());
    assertThat(report.path("plans").get(0).path("id").asText()).isEqualTo("kongsberg-samfunnsdel-2009");
    assertThat(report.path("plans").toString()).doesNotContain("kongsbergregionen-strategi-2019");
    assertThat(report.path("findings").size()).isPositive();

    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "formatVersion: \"1.0\"\nplans:\n  - id: x\n    kind: NO_SUCH_KIND\n    title: T\n");
    String[] bad = TestCli.runToArray("report", broken.toString(), "--out", dir.resolve("bad").toString());
    assertThat(bad[0]).isEqualTo("2");
    assertThat(bad[2]).contains("broken.yaml").contains("NO_SUCH_KIND");
    assertThat(dir.resolve("bad")).doesNotExist();

    String[] missing = TestCli.runToArray("report", dir.resolve("nope.yaml").toString(), "--out", dir.resolve("m").toString());
    assertThat(missing[0]).isEqualTo("2");
  }

  @Test
  void yearChoosesTheFollowUpAndArshjulYear(@TempDir Path dir) throws Exception {
    String file = "../examples/plans/illustrasjon-oppfolging-2025.yaml";
    String[] latest = TestCli.runToArray("report", file, "--out", dir.resolve("a").toString(), "--json");
    assertThat(latest[0]).as(latest[2]).isEqualTo("0");
    JsonNode a = new ObjectMapper().readTree(dir.resolve("a/report.json").toFile());
    assertThat(a.at("/followUp/year").asInt()).isEqualTo(2025);
    assertThat(a.at("/arshjul/year").asInt()).isEqualTo(2025);
    String[] y2024 = TestCli.runToArray("report", file, "--year", "2024", "--out", dir.resolve("b").toString(), "--json");
    assertThat(y2024[0]).as(y2024[2]).isEqualTo("0");
    JsonNode b = new ObjectMapper().readTree(dir.resolve("b/report.json").toFile());
    assertThat(b.at("/followUp/year").asInt()).isEqualTo(2024);
    assertThat(b.at("/arshjul/year").asInt()).isEqualTo(2024);
    String[] bad = TestCli.runToArray("report", file, "--year", "25", "--out", dir.resolve("c").toString());
    assertThat(bad[0]).isEqualTo("2");
    assertThat(bad[2]).contains("--year").contains("25");
    assertThat(dir.resolve("c")).doesNotExist();
  }

  private static JsonNode find(JsonNode report, String id) {
    for (JsonNode i : report.path("indicators")) {
      if (i.path("id").asText().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no indicator " + id);
  }
}
