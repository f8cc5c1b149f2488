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

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

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
    String[] r = run("tag", "eval", "--no-bundled", "--rules", rules().toString(), "--baseline", base.toString(),
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

    String[] text = run("tag", "eval", "--no-bundled", "--rules", rules().toString(), "--baseline",
        base.toString(), data.toString());
    assertThat(text[1]).contains("other acc%").containsPattern("all\\s+5\\s+2\\s+1\\s+1\\s+1\\s+60\\.0");
  }

  @Test
  void multiLabelRowsCountEveryGoal() throws Exception {
    Path data = Files.writeString(dir.resolve("m.csv"), "id,lang,text,goals\n"
        + "1,en,Climate and oceans.,13 14\n"
        + "2,en,Oceans only.,13\n"
        + "3,en,Nothing here.,\n");
    String[] r = run("tag", "eval", "--no-bundled", "--rules", rules().toString(), "--json", data.toString());
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    JsonNode o = new ObjectMapper().readTree(r[1]);
    assertThat(o.get("mode").asText()).isEqualTo("multi-label");
    JsonNode all = o.get("systems").get("livskraft").get("overall");
    assertThat(all.get("n").asInt()).isEqualTo(3 * 17);
    assertThat(all.get("tp").asInt()).isEqualTo(2);
    assertThat(all.get("fp").asInt()).isEqualTo(1);
    assertThat(all.get("fn").asInt()).isEqualTo(1);
  }

  @Test
  void badLabelsAndColumnsAreBadInput() throws Exception {
    Path badLabel = Files.writeString(dir.resolve("l.csv"), "id,text,sdg,label\na,x,13,maybe\n");
    String[] r = run("tag", "eval", badLabel.toString());
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("l.csv:2: label 'maybe': expected True or False");
    Path badGoal = Files.writeString(dir.resolve("g.csv"), "id,text,sdg,label\na,x,18,True\n");
    assertThat(run("tag", "eval", badGoal.toString())[2]).contains("g.csv:2: '18' is not an SDG number");
    Path noCols = Files.writeString(dir.resolve("c.csv"), "id,text\na,x\n");
    assertThat(run("tag", "eval", noCols.toString())[2]).contains("expected columns id,text,sdg,label");
  }
}
