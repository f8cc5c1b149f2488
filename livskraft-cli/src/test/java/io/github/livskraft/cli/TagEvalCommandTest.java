package io.github.livskraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagEvalCommandTest {
  @TempDir Path dir;


  private Path rules() throws Exception {
    return Files.writeString(dir.resolve("r.sdgrules"), "@language en\n13 c 1.0 climate\n14 o 1.0 ocean*\n");
  }

  @Test
  void binaryRowsWithBaseline() throws Exception {
    Path data = Files.writeString(dir.resolve("b.csv"), "id,text,sdg,label\n"
        + "a,Climate policy.,13,True\n"      // TP
        + "b,Climate talk.,13,False\n"       // FP
        + "c,Oceans.,14,True\n"              // TP
        + "d,Nothing.,14,True\n"             // FN
        + "e,Nothing.,13,False\n");          // TN
    Path base = Files.writeString(dir.resolve("p.csv"), "id,system,predicted_sdgs\n"
        + "a,other,13\nb,other,\nc,other,1 14\nd,other,14\ne,other,13\n");
    String[] r = TestCli.runToArray("tag", "eval", "--no-bundled", "--rules", rules().toString(), "--baseline", base.toString(),
        "--json", data.toString());
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    JsonNode sys = new ObjectMapper().readTree(r[1]).get("systems");
    JsonNode ours = sys.get("livskraft").get("overall");
    assertThat(ours.get("tp").asInt()).isEqualTo(2);
    assertThat(ours.get("fp").asInt()).isEqualTo(1);
    assertThat(ours.get("tn").asInt()).isEqualTo(1);
    assertThat(ours.get("fn").asInt()).isEqualTo(1);
    assertThat(ours.get("accuracy").asDouble()).isEqualTo(0.6);
    assertThat(sys.get("other").get("overall").get("accuracy").asDouble()).isEqualTo(0.8);
    assertThat(sys.get("livskraft").get("perGoal").get("14").get("recall").asDouble()).isEqualTo(0.5);

    String[] text = TestCli.runToArray("tag", "eval", "--no-bundled", "--rules", rules().toString(), "--baseline",
        base.toString(), data.toString(), "--lang", "en");
    assertThat(text[1]).contains("other acc%").containsPattern("all\\s+5\\s+2\\s+1\\s+1\\s+1\\s+60\\.0\\s");
    // the same table in bokmål and nynorsk: percentages with a decimal comma (60,0 and the baseline's 80,0)
    for (String lang : new String[] {"nb", "nn"}) {
      String[] norwegian = TestCli.runToArray("tag", "eval", "--no-bundled", "--rules", rules().toString(),
          "--baseline", base.toString(), data.toString(), "--lang", lang);
      assertThat(norwegian[1]).containsPattern("alle\\s+5\\s+2\\s+1\\s+1\\s+1\\s+60,0\\s").contains("80,0")
          .doesNotContain("60.0").doesNotContain("80.0");
      // headings in the reader's language: sann/falsk positiv, nøyaktighet, presisjon, gjenfinning/attfinning
      assertThat(norwegian[1]).contains("5 rader, binær (tekst, SDG, etikett)")
          .containsPattern("SDG\\s+n\\s+SP\\s+FP\\s+SN\\s+FN\\s+nøyak%\\s+pres%")
          .contains(lang.equals("nb") ? "gjenf%" : "attf%").contains("other nøyak%")
          .doesNotContain("rows").doesNotContain("acc%").doesNotContain("prec%").doesNotContain("rec%");
    }
  }

  @Test
  void multiLabelRowsCountEveryGoal() throws Exception {
    Path data = Files.writeString(dir.resolve("m.csv"), "id,lang,text,goals\n"
        + "1,en,Climate and oceans.,13 14\n"
        + "2,en,Oceans only.,13\n"
        + "3,en,Nothing here.,\n");
    String[] r = TestCli.runToArray("tag", "eval", "--no-bundled", "--rules", rules().toString(), "--json", data.toString());
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    JsonNode o = new ObjectMapper().readTree(r[1]);
    assertThat(o.get("mode").asText()).isEqualTo("multi-label");
    JsonNode all = o.get("systems").get("livskraft").get("overall");
    assertThat(all.get("n").asInt()).isEqualTo(3 * 17);
    assertThat(all.get("tp").asInt()).isEqualTo(2);
    assertThat(all.get("fp").asInt()).isEqualTo(1);
    assertThat(all.get("fn").asInt()).isEqualTo(1);
    // per evidence level: suggestions, how many the labels confirm, and the bundled confidence beside them
    JsonNode ev = o.get("evidence");
    assertThat(ev.get("single-top").get("suggested").asInt()).isEqualTo(2);
    assertThat(ev.get("single-top").get("accepted").asInt()).isEqualTo(2);
    assertThat(ev.get("single-sole").get("suggested").asInt()).isEqualTo(1);
    assertThat(ev.get("single-sole").get("accepted").asInt()).isZero();
    assertThat(ev.get("single-sole").get("confidence").asDouble()).isEqualTo(0.68);
    String[] text = TestCli.runToArray("tag", "eval", "--no-bundled", "--rules", rules().toString(), data.toString(),
        "--lang", "nn");
    assertThat(text[1]).contains("etter belegg").contains("single-top").contains("100,0");
  }

  /** Issue 17: --baseline on multi-label input threw a NullPointerException (and --json reported n=0). */
  @Test
  void multiLabelRowsWithBaselineScoreTheBaselineToo() throws Exception {
    Path data = Files.writeString(dir.resolve("m.csv"), "id,lang,text,goals\n"
        + "1,en,Climate and oceans.,13 14\n"
        + "2,en,Oceans only.,13\n");
    Path base = Files.writeString(dir.resolve("p.csv"), "id,system,predicted_sdgs\n1,other,13 14\n2,other,1\n");
    String[] r = TestCli.runToArray("tag", "eval", "--no-bundled", "--rules", rules().toString(), "--baseline", base.toString(),
        "--json", data.toString());
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    JsonNode other = new ObjectMapper().readTree(r[1]).get("systems").get("other").get("overall");
    assertThat(other.get("n").asInt()).isEqualTo(2 * 17);
    assertThat(other.get("tp").asInt()).isEqualTo(2);
    assertThat(other.get("fp").asInt()).isEqualTo(1);
    assertThat(other.get("fn").asInt()).isEqualTo(1);
    String[] text = TestCli.runToArray("tag", "eval", "--no-bundled", "--rules", rules().toString(), "--baseline",
        base.toString(), data.toString());
    assertThat(text[0]).as(text[2]).isEqualTo("0");
    assertThat(text[1]).contains("other acc%");
  }

  /** Issue 17: a baseline system named like ours was merged into our scores. */
  @Test
  void aBaselineNamedLikeOursIsRefused() throws Exception {
    Path data = Files.writeString(dir.resolve("b.csv"), "id,text,sdg,label\na,Climate policy.,13,True\n");
    Path base = Files.writeString(dir.resolve("p.csv"), "id,system,predicted_sdgs\na,livskraft,\n");
    String[] r = TestCli.runToArray("tag", "eval", "--no-bundled", "--rules", rules().toString(), "--baseline", base.toString(),
        data.toString());
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("clashes with 'livskraft'").doesNotContain("Exception");
  }

  @Test
  void languagesHalvesAndTargetsGetTheirOwnFigures() throws Exception {
    Path r = Files.writeString(dir.resolve("t.sdgrules"), "@language nb\n13 c 1.0 klima*\n13.2 k 1.0 klimaplan*\n"
        + "14 h 1.0 hav*\n");
    Path data = Files.writeString(dir.resolve("h.csv"), "id,lang,text,goals,targets,half\n"
        + "1,nb,Klimaplanen skal gjennomføres.,13,13.2,tune\n"  // goal TP, target TP ("rulleres": procedure, no goal)
        + "2,nb,Havet og klimaet.,13,13.1,tune\n"               // goal TP + FP 14, target FN 13.1
        + "3,nb,Ingenting her.,,,check\n"                      // nothing
        + "4,nb,Havbruk.,,,check\n");                            // FP 14
    String[] out = TestCli.runToArray("tag", "eval", "--no-bundled", "--rules", r.toString(), "--json", data.toString());
    assertThat(out[0]).as(out[2]).isEqualTo("0");
    JsonNode groups = new ObjectMapper().readTree(out[1]).get("groups");
    assertThat(groups.get("nb tune").get("rows").asInt()).isEqualTo(2);
    assertThat(groups.get("nb tune").get("overall").get("tp").asInt()).isEqualTo(2);
    assertThat(groups.get("nb tune").get("overall").get("fp").asInt()).isEqualTo(1);
    assertThat(groups.get("nb tune").get("perGoal").get("13").get("recall").asDouble()).isEqualTo(1.0);
    assertThat(groups.get("nb tune").get("targets").get("tp").asInt()).isEqualTo(1);
    assertThat(groups.get("nb tune").get("targets").get("fn").asInt()).isEqualTo(1);
    assertThat(groups.get("nb check").get("overall").get("fp").asInt()).isEqualTo(1);
    assertThat(groups.get("nb check").get("targets").get("n").asInt()).isZero();

    String[] text = TestCli.runToArray("tag", "eval", "--no-bundled", "--rules", r.toString(), data.toString(),
        "--lang", "en");
    String[] nynorsk = TestCli.runToArray("tag", "eval", "--no-bundled", "--rules", r.toString(), data.toString(),
        "--lang", "nn");
    assertThat(nynorsk[1]).contains("nb tune: 2 rader (språk, halvdel)")
        .contains("delmål (nb tune): SP 1, FP 0, FN 1; presisjon 100,0\u00a0%, attfinning 50,0\u00a0%")
        .containsPattern("mikro\\s+2\\s+2\\s+1\\s+0\\s+66,7\\s+100,0\\s+80,0");
    assertThat(text[1]).contains("nb tune: 2 rows").contains("nb check: 2 rows")
        .contains("targets (nb tune): TP 1, FP 0, FN 1; precision 100.0\u00a0%, recall 50.0\u00a0%")
        .containsPattern("micro\\s+2\\s+2\\s+1\\s+0\\s+66\\.7\\s+100\\.0\\s+80\\.0");

    Path badHalf = Files.writeString(dir.resolve("x.csv"), "id,lang,text,goals,half\n1,nb,x,,later\n");
    assertThat(TestCli.runToArray("tag", "eval", badHalf.toString())[2]).contains("x.csv:2: half 'later': expected tune or check");
    Path badTarget = Files.writeString(dir.resolve("y.csv"), "id,lang,text,goals,targets\n1,nb,x,13,thirteen\n");
    assertThat(TestCli.runToArray("tag", "eval", badTarget.toString())[2]).contains("y.csv:2: 'thirteen' is not a target code");
  }

  @Test
  void theNorwegianPlanSentenceSetPrintsBothHalvesOfBothLanguages() {
    String[] out = TestCli.runToArray("tag", "eval",
        "../sdg-tagger/src/test/resources/io/github/livskraft/tagger/norwegian-plan-sentences.csv");
    assertThat(out[0]).as(out[2]).isEqualTo("0");
    assertThat(out[1]).contains("nb tune: 682 rows").contains("nb check: 189 rows").contains("nn tune: 564 rows")
        .contains("nn check: 103 rows").contains("targets (nn check)");
  }

  @Test
  void badLabelsAndColumnsAreBadInput() throws Exception {
    Path badLabel = Files.writeString(dir.resolve("l.csv"), "id,text,sdg,label\na,x,13,maybe\n");
    String[] r = TestCli.runToArray("tag", "eval", badLabel.toString());
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("l.csv:2: label 'maybe': expected True or False");
    Path badGoal = Files.writeString(dir.resolve("g.csv"), "id,text,sdg,label\na,x,18,True\n");
    assertThat(TestCli.runToArray("tag", "eval", badGoal.toString())[2]).contains("g.csv:2: '18' is not an SDG number");
    Path noCols = Files.writeString(dir.resolve("c.csv"), "id,text\na,x\n");
    assertThat(TestCli.runToArray("tag", "eval", noCols.toString())[2]).contains("expected columns id,text,sdg,label");
  }
}
