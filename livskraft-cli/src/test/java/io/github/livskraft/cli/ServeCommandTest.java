package io.github.livskraft.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServeCommandTest {
  private static int run(StringWriter err, String... args) {
    return Main.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
  }

  @Test
  void plansThatAreNotADirectoryAreBadInput() {
    StringWriter err = new StringWriter();
    assertThat(run(err, "serve", "--port", "0", "--plans", "no-such-dir")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("--plans").contains("no-such-dir").contains("not a folder");
    StringWriter nn = new StringWriter();
    assertThat(run(nn, "serve", "--port", "0", "--plans", "no-such-dir", "--lang", "nn")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(nn.toString()).contains("ikkje ei mappe").doesNotContain("not a");
  }

  @Test
  void badTimeoutIsBadInput() {
    StringWriter err = new StringWriter();
    assertThat(run(err, "serve", "--port", "0", "--timeout", "soon")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("--timeout 'soon'");
  }

  @Test
  void durations() {
    assertThat(ServeCommand.duration("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(ServeCommand.duration("10s")).isEqualTo(Duration.ofSeconds(10));
    assertThat(ServeCommand.duration(" 3 ")).isEqualTo(Duration.ofSeconds(3));
    assertThatThrownBy(() -> ServeCommand.duration("x")).isInstanceOf(CliException.class);
  }

  @Test
  void helpNamesTheOptions() {
    StringWriter out = new StringWriter();
    int code = Main.run(new String[] {"serve", "--help"}, new PrintWriter(out, true),
        new PrintWriter(new StringWriter(), true));
    assertThat(code).isZero();
    assertThat(out.toString()).contains("--plans").contains("--bind").contains("--max-concurrent");
  }
}
