package io.github.livskraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Coverage-guided fuzzing of the CLI's input reading ({@code livskraft tag}: CSV and JSON Lines) with Jazzer. Any
 * input ends in documents with unique ids or a bad-input error (exit code 2) that names the file; never another
 * exception. The default build replays {@code src/test/resources/io/github/livskraft/cli/TagInputFuzzTestInputs/};
 * {@code scripts/fuzz.sh} fuzzes.
 */
class TagInputFuzzTest {

  private static void docsOrBadInput(String name, TagInput.Format format, byte[] input) {
    String content = new String(input, StandardCharsets.UTF_8);
    List<TagInput.Doc> docs;
    try {
      docs = TagInput.read(name, format, content);
    } catch (CliException e) {
      assertThat(e.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(e.getMessage()).startsWith(name + ":");
      return;
    }
    Set<String> ids = new HashSet<>();
    for (TagInput.Doc d : docs) {
      assertThat(ids.add(d.id())).as("duplicate id %s", d.id()).isTrue();
      assertThat(d.line()).isPositive();
    }
  }

  @FuzzTest
  void csv(byte[] input) {
    docsOrBadInput("fuzz.csv", TagInput.Format.CSV, input);
  }

  @FuzzTest
  void jsonl(byte[] input) {
    docsOrBadInput("fuzz.jsonl", TagInput.Format.JSONL, input);
  }
}
