package io.github.livskraft.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Runs the README's quick start and checks that the README shows exactly its code. */
class QuickStartTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void quickStartRunsOnTheKongsbergregionenStrategy() {
    String out = run(ROOT.resolve("examples/plans/kongsbergregionen-strategi-2019.yaml").toString());
    assertThat(out).contains("Gjøre byer");            // goal 11 in bokmål, from the catalogue
    assertThat(out).contains("13");                    // priority goals and the tagged sentence
    assertThat(out).containsPattern("SDG 13 score [0-9.]+");
  }

  /** The README's first program prints the same findings as {@code livskraft plan validate} on the same file. */
  @Test
  void quickStartPrintsTheSameFindingsAsPlanValidate() {
    for (String f : new String[] {"kongsbergregionen-strategi-2019.yaml", "kongsberg-kommuneplan.yaml"}) {
      String file = ROOT.resolve("examples/plans").resolve(f).toString();
      java.io.StringWriter cliOut = new java.io.StringWriter();
      io.github.livskraft.cli.Main.run(new String[] {"plan", "validate", file, "--lang", "nb"},
          new java.io.PrintWriter(cliOut, true), new java.io.PrintWriter(new java.io.StringWriter(), true));
      java.util.List<String> cliFindings = findingLines(cliOut.toString());
      assertThat(cliFindings).as("plan validate prints findings for %s", f).isNotEmpty();
      assertThat(findingLines(run(file))).as(f).containsExactlyElementsOf(cliFindings);
    }
  }

  private static java.util.List<String> findingLines(String out) {
    return out.lines().filter(l -> l.matches(".*\\bPLAN-[VC]\\d{3}\\b.*")).toList();
  }

  @Test
  void readmeShowsTheQuickStartCode() throws IOException {
    String source = Files.readString(
        ROOT.resolve("examples/src/main/java/io/github/livskraft/examples/QuickStart.java"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("// README:BEGIN\\n(.*?)\\n\\s*// README:END", Pattern.DOTALL).matcher(source);
    assertThat(m.find()).isTrue();
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    for (String line : m.group(1).split("\\n")) {
      assertThat(readme).as("README.md shows the quick-start line").contains(line.strip());
    }
  }

  private static String run(String planFile) {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      QuickStart.main(new String[] {planFile});
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
