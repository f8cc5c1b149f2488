package io.github.livskraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code livskraft --help} lists every sub-command with a one-line description. */
class HelpTest {

  @Test
  void rootHelpListsEverySubCommandWithAOneLineDescription() {
    String[] r = TestCli.runToArray("--help");
    assertThat(r[0]).isEqualTo("0");
    String help = r[1];
    Map<String, CommandLine> subs = Main.newCommandLine().getSubcommands();
    assertThat(subs.keySet()).containsAll(List.of("catalogue", "plan", "tag", "indicators", "jsonstat", "ssb", "klass",
        "report"));
    List<String> lines = help.lines().toList();
    for (Map.Entry<String, CommandLine> e : subs.entrySet()) {
      String[] description = e.getValue().getCommandSpec().usageMessage().description();
      assertThat(description).as("description of '%s'", e.getKey()).hasSize(1);
      assertThat(description[0]).as("description of '%s'", e.getKey()).isNotBlank().doesNotContain("\n");
      String line = lines.stream().filter(l -> l.strip().startsWith(e.getKey() + " ")).findFirst().orElse("");
      assertThat(line).as("help line of '%s' in:%n%s", e.getKey(), help)
          .contains(description[0].substring(0, Math.min(30, description[0].length())));
    }
  }

  @Test
  void everySubCommandsHelpShowsUsageExamples() {
    for (String name : Main.newCommandLine().getSubcommands().keySet()) {
      String[] r = TestCli.runToArray(name, "--help");
      assertThat(r[0]).as("exit code of '%s --help'", name).isEqualTo("0");
      assertThat(r[1]).as("help of '%s'", name).containsIgnoringCase("example").contains("livskraft " + name);
    }
  }

  @Test
  void reportHelpHasUsageExamples() {
    String[] r = TestCli.runToArray("report", "--help");
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).contains("Examples:", "livskraft report --lang en", "--region", "--out", "--json");
  }
}
