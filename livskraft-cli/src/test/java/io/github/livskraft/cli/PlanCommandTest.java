package io.github.livskraft.cli;

import io.github.livskraft.cli.TestCli.Run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
  static final String KONGSBERG = "../examples/plans/kongsberg-kommuneplan.yaml";
  static final String REGION = "../examples/plans/kongsbergregionen-strategi-2019.yaml";

  @TempDir Path dir;



  @Test
  void validateExamplesSucceedsWithWarningsAndLocations() {
    Run r = TestCli.run("plan", "validate", KONGSBERG, REGION);
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("kongsberg-kommuneplan.yaml:").contains("WARNING PLAN-C003")
        .contains("2 file(s), 16 plan(s): 0 error(s)");
    Run strict = TestCli.run("plan", "validate", "--strict", KONGSBERG);
    assertThat(strict.code()).isEqualTo(2);
  }

  @Test
  void validateReportsParseAndConstraintErrorsWithExitTwo() throws Exception {
    Path bad = Files.writeString(dir.resolve("klima.yaml"), """
        formatVersion: "1.0"
        plans:
          - id: klimaplan
            kind: THEMATIC_PLAN
            title: Klimaplan
            status: DRAFT
            validity: {from: 2030, to: 2026}
            owners: [{kind: MUNICIPALITY, name: Kongsberg, municipality: "3303"}]
        """);
    Path broken = Files.writeString(dir.resolve("broken.yaml"), "formatVersion: '1.0'\nplans:\n  - id: x\n    kind: PLAN\n");
    Run r = TestCli.run("plan", "validate", "--lang", "nb", bad.toString(), broken.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).contains("klima.yaml:7:").contains("PLAN-V020").contains("slutter før den begynner")
        .contains("broken.yaml:4:").contains("PLAN-P003").contains("$.plans[0].kind")
        .contains("2 fil(er), 1 plan(er): 2 feil");
  }

  @Test
  void validateJsonAndDisableRules() throws Exception {
    Run r = TestCli.run("plan", "validate", "--json", "--disable", "PLAN-C003,PLAN-C004", KONGSBERG);
    assertThat(r.code()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("valid").asBoolean()).isTrue();
    assertThat(json.get("findings")).isNotEmpty().allSatisfy(f -> {
      assertThat(f.get("code").asText()).isNotIn("PLAN-C003", "PLAN-C004");
      assertThat(f.get("message").get("nb").asText()).isNotBlank();
    });
    Run unknown = TestCli.run("plan", "validate", "--disable", "PLAN-C999", KONGSBERG);
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("PLAN-C999");
  }

  @Test
  void coverageTextCsvAndJson() throws Exception {
    Run text = TestCli.run("plan", "coverage", REGION, "--lang", "nb");
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out()).contains("Prioriterte mål (*): 2, 3, 4, 9, 11, 13").contains("valgt som prioritet");
    Run csv = TestCli.run("plan", "coverage", KONGSBERG, "--priority", "2,3,4,9,11,13", "--csv");
    assertThat(csv.out()).startsWith("goal,priority,goal_depth,").contains("\r\n2,true,NONE,,,,,,,,\r\n");
    Run json = TestCli.run("plan", "coverage", KONGSBERG, REGION, "--json");
    JsonNode node = new ObjectMapper().readTree(json.out());
    assertThat(node.get("planIds")).hasSize(16);
    assertThat(node.get("goals")).hasSize(17);
    Run bad = TestCli.run("plan", "coverage", REGION, "--priority", "2,18");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("18");
    Run both = TestCli.run("plan", "coverage", REGION, "--json", "--csv");
    assertThat(both.code()).isEqualTo(2);
  }

  @Test
  void suggestPrintsSuggestionsWithRules() throws Exception {
    Path f = Files.writeString(dir.resolve("k.yaml"), """
        formatVersion: "1.0"
        plans:
          - id: klimaplan
            kind: THEMATIC_PLAN
            title: Klimaplan
            status: DRAFT
            owners: [{kind: MUNICIPALITY, name: Kongsberg, municipality: "3303"}]
            elements:
              - {id: m1, kind: GOAL, title: Kommunen skal redusere klimagassutslippene og bygge ut fjernvarme}
        """);
    Run r = TestCli.run("plan", "suggest", "--text-lang", "nb", f.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("klimaplan#m1  13").contains("rules ").contains("suggestion(s)");
    Run missing = TestCli.run("plan", "suggest", dir.resolve("nope.yaml").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.yaml").contains("CLI-0001");
  }

  @Test
  void helpHasExamples() {
    Run r = TestCli.run("plan", "coverage", "--help");
    assertThat(r.out()).contains("Examples:").contains("--priority 2,3,4,9,11,13");
  }
}
