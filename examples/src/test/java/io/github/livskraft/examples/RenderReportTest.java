package io.github.livskraft.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.livskraft.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** The report rendered from the library (RenderReport) is byte for byte what {@code livskraft report} writes. */
class RenderReportTest {
  static final List<String> FILES = List.of("report.html", "report.json", "indicator-values.csv",
      "goal-links.csv", "findings.csv");

  @ParameterizedTest
  @ValueSource(strings = {"nb", "nn", "en"})
  void theLibraryWritesTheSameBytesAsTheCli(String lang, @TempDir Path dir) throws Exception {
    Path cli = dir.resolve("cli");
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"report", "--out", cli.toString(), "--lang", lang},
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    assertThat(code).as(err.toString()).isZero();
    // the CLI names its version as the generator; the example is given the same text
    String generator = new ObjectMapper().readTree(cli.resolve("report.json").toFile()).path("generator").asText();
    assertThat(generator).isNotBlank();

    Path lib = dir.resolve("lib");
    String out = ExampleRunner.run(RenderReport::main, lib.toString(), lang, generator);
    assertThat(out).contains("kindergarten.coverage-1-2: ").contains("Report written: ");
    for (String f : FILES) {
      assertThat(Files.readAllBytes(lib.resolve(f))).as(f).isEqualTo(Files.readAllBytes(cli.resolve(f)));
    }
    assertThat(Files.readString(lib.resolve("report.html"))).contains("<html lang=\"" + lang + "\"");
  }
}
