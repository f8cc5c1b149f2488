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

class TagCommandTest {
  @TempDir Path dir;



  private Path write(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void plainTextFileIsOneDocument() throws Exception {
    Path f = write("sak.txt", "Kommunen skal redusere klimagassutslippene og bygge ut fjernvarme.");
    Run r = TestCli.run("tag", "--text-lang", "nb", f.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("sak.txt  [nb]").contains("SDG 13").contains("SDG 7").contains("\"fjernvarme\"");
  }

  @Test
  void jsonlWithJsonOutputHasIdsGoalsRulesAndSpans() throws Exception {
    String a = "Kommunen skal halvere klimagassutsleppa innan 2030.";
    String b = "The school will teach pupils to read and write.";
    Path f = write("docs.jsonl", "{\"id\": \"tiltak-7\", \"text\": \"" + a + "\"}\n\n{\"id\": 42, \"text\": \"" + b
        + "\", \"lang\": \"en\"}\n");
    Run r = TestCli.run("tag", "--json", f.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode results = new ObjectMapper().readTree(r.out()).get("results");
    assertThat(results).hasSize(2);
    JsonNode first = results.get(0);
    assertThat(first.get("id").asText()).isEqualTo("tiltak-7");
    assertThat(first.get("language").asText()).isEqualTo("nn");
    JsonNode goal = first.get("goals").get(0);
    assertThat(goal.get("goal").asText()).isEqualTo("13");
    assertThat(goal.get("primary").asBoolean()).isTrue();
    assertThat(goal.get("explicit").asBoolean()).isFalse();
    assertThat(goal.get("explanation").asText()).startsWith("SDG 13 (hovudmål, poeng").contains("regel ");
    assertThat(goal.get("score").asDouble()).isGreaterThanOrEqualTo(1.0);
    for (JsonNode m : goal.get("matches")) {
      assertThat(m.get("rule").asText()).startsWith("nn.");
      for (JsonNode s : m.get("spans")) {
        assertThat(a.substring(s.get("start").asInt(), s.get("end").asInt())).isEqualTo(s.get("text").asText());
      }
    }
    assertThat(results.get(1).get("id").asText()).isEqualTo("42");
    assertThat(results.get(1).get("goals").get(0).get("goal").asText()).isEqualTo("4");
  }

  @Test
  void csvAtTargetLevel() throws Exception {
    Path f = write("elementer.csv", "id,text\nm1,\"Kommunen skal utarbeide en klimaplan, og \"\"klimabudsjett\"\" inngår.\"\n"
        + "m2,Ingen relevante ord her.\n");
    Run r = TestCli.run("tag", "--text-lang", "nb", "--level", "target", "--json", f.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode results = new ObjectMapper().readTree(r.out()).get("results");
    assertThat(results.get(0).get("targets").get(0).get("target").asText()).isEqualTo("13.2");
    assertThat(results.get(1).get("targets")).isEmpty();
    Run text = TestCli.run("tag", "--text-lang", "nb", "--level", "target", f.toString(), "--lang", "nb");
    // a score in Norwegian output has a decimal comma; the target code keeps its point
    assertThat(text.out()).contains("13.2").containsPattern("13\\.2\\s+\\d+,\\d\\d\\s")
        .contains("(ingen delmål over terskelen)").doesNotContain(" / ");
    Run english = TestCli.run("tag", "--text-lang", "nb", "--level", "target", f.toString(), "--lang", "en");
    assertThat(english.out()).containsPattern("13\\.2\\s+\\d+\\.\\d\\d\\s")
        .contains("(no target above the threshold)").doesNotContain("ingen");
  }

  @Test
  void thresholdFiltersSuggestions() throws Exception {
    Path f = write("t.txt", "Klimatilpasning.");
    assertThat(TestCli.run("tag", "--text-lang", "nb", f.toString()).out()).contains("SDG 13");
    assertThat(TestCli.run("tag", "--text-lang", "nb", "--threshold", "5", f.toString()).out()).doesNotContain("SDG 13");
  }

  @Test
  void badInputExitsWithTwoAndSaysWhere() throws Exception {
    Path jsonl = write("bad.jsonl", "{\"id\": \"a\", \"text\": \"ok\"}\n{\"id\": \"b\"}\n");
    Run r = TestCli.run("tag", jsonl.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("bad.jsonl:2: $.text: missing").doesNotContain("mangler");
    assertThat(TestCli.run("tag", jsonl.toString(), "--lang", "nb").err()).contains("bad.jsonl:2:").contains("mangler");

    Path broken = write("broken.jsonl", "{\"id\": \"a\", \"text\": \n");
    assertThat(TestCli.run("tag", broken.toString()).err()).contains("broken.jsonl:1:").contains("not valid JSON");

    Path csv = write("bad.csv", "id,tekst\n1,hei\n");
    Run c = TestCli.run("tag", csv.toString());
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).contains("bad.csv:1: missing column 'text'");

    Path quote = write("quote.csv", "id,text\n1,\"open\n");
    assertThat(TestCli.run("tag", quote.toString()).err()).contains("quote.csv:2:3: unclosed quoted field");

    Path dup = write("dup.csv", "id,text\n1,a\n1,b\n");
    assertThat(TestCli.run("tag", dup.toString()).err()).contains("dup.csv:3: duplicate id '1'");

    assertThat(TestCli.run("tag", dir.resolve("nope.txt").toString()).code()).isEqualTo(2);
    assertThat(TestCli.run("tag", "--text-lang", "de", jsonl.toString()).code()).isEqualTo(2);
    assertThat(TestCli.run("tag").code()).isEqualTo(2);
  }

  @Test
  void badRuleFileExitsWithTwoAndFileLineColumn() throws Exception {
    Path rules = write("mine.sdgrules", "@language nb\n13 a.1 1.0 klima AND\n");
    Path text = write("t.txt", "klima");
    Run r = TestCli.run("tag", "--rules", rules.toString(), text.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("mine.sdgrules:2:21:").contains("expected a term").doesNotContain("slutten");
    assertThat(TestCli.run("tag", "--rules", rules.toString(), text.toString(), "--lang", "nb").err())
        .contains("mine.sdgrules:2:21:").contains("slutten av regelen").doesNotContain("expected a term");
  }

  @Test
  void jsonCarriesEvidenceAndConfidenceAndMinConfidenceKeepsWellFoundedGoals() throws Exception {
    Path rules = write("mine.sdgrules", "@language en\n14 my.whales 1.0 whale*\n14 my.sea 1.0 sea\n7 my.sun 1.0 sun\n");
    Path text = write("t.txt", "Whales, the sun and the sea.");
    Run r = TestCli.run("tag", "--no-bundled", "--rules", rules.toString(), "--text-lang", "en", "--json", text.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode g = new ObjectMapper().readTree(r.out()).get("results").get(0).get("goals");
    assertThat(g).hasSize(2);
    assertThat(g.get(0).get("goal").asText()).isEqualTo("14");
    assertThat(g.get(0).get("evidence").asText()).isEqualTo("several-top");
    assertThat(g.get(0).get("confidence").asDouble()).isEqualTo(0.83);
    assertThat(g.get(1).get("evidence").asText()).isEqualTo("single-below");
    Run sure = TestCli.run("tag", "--no-bundled", "--rules", rules.toString(), "--text-lang", "en", "--json",
        "--min-confidence", "0.8", text.toString());
    JsonNode kept = new ObjectMapper().readTree(sure.out()).get("results").get(0).get("goals");
    assertThat(kept).hasSize(1);
    assertThat(kept.get(0).get("goal").asText()).isEqualTo("14");
    Run bad = TestCli.run("tag", "--min-confidence", "1.5", text.toString(), "--lang", "nb");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--min-confidence").contains("1.5").contains("fra 0 til 1");
  }

  @Test
  void customRulesOnly() throws Exception {
    Path rules = write("mine.sdgrules", "@language en\n14 my.whales 1.0 whale*\n");
    Path text = write("t.txt", "Whales and the sea.");
    Run r = TestCli.run("tag", "--no-bundled", "--rules", rules.toString(), "--text-lang", "en", "--json", text.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode g = new ObjectMapper().readTree(r.out()).get("results").get(0).get("goals");
    assertThat(g).hasSize(1);
    assertThat(g.get(0).get("matches").get(0).get("rule").asText()).isEqualTo("my.whales");
    assertThat(TestCli.run("tag", "--no-bundled", text.toString()).code()).isEqualTo(2);
  }

  @Test
  void helpHasExamples() {
    Run r = TestCli.run("tag", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Examples:").contains("livskraft tag --text-lang nb").contains("--level");
  }
}
