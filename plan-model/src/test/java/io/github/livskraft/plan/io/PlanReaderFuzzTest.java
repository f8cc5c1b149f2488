package io.github.livskraft.plan.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.livskraft.plan.PlanParseException;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of the plan reader (YAML and JSON) with Jazzer. Any input ends in a document or a
 * {@link PlanParseException} with a {@code PLAN-} code and a location; a document that was read can be written and
 * read back. The default build replays the committed inputs in
 * {@code src/test/resources/io/github/livskraft/plan/io/PlanReaderFuzzTestInputs/}; {@code scripts/fuzz.sh}
 * fuzzes for a time budget.
 */
class PlanReaderFuzzTest {
  private static final PlanReader READER = PlanReader.create();
  private static final PlanWriter WRITER = PlanWriter.create();

  @FuzzTest
  void yaml(byte[] input) {
    readOrFailTyped(input, "fuzz.yaml", PlanFormat.YAML);
  }

  @FuzzTest
  void json(byte[] input) {
    readOrFailTyped(input, "fuzz.json", PlanFormat.JSON);
  }

  private static void readOrFailTyped(byte[] input, String name, PlanFormat format) {
    String text = new String(input, StandardCharsets.UTF_8);
    LoadedPlanDocument doc;
    try {
      doc = READER.read(name, text, format);
    } catch (PlanParseException e) {
      assertThat(e.code()).startsWith("PLAN-");
      assertThat(e.location().file()).isEqualTo(name);
      return;
    }
    // what was read is written in either format and read back as the same document
    for (PlanFormat out : PlanFormat.values()) {
      String written = WRITER.write(doc.document(), out);
      assertThat(READER.read("written", written, out).document()).as("%s round trip", out).isEqualTo(doc.document());
    }
  }
}
