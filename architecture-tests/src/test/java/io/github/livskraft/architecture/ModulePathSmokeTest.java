package io.github.livskraft.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged {@code livskraft} command on the <em>module path</em>, so that every {@code module-info.java}
 * (requires, exports, class-relative resource loading of the bundled catalogue) is exercised the way a modular
 * application would use it. The test suites themselves run on the class path.
 */
class ModulePathSmokeTest {
  /** Jars that belong on the module path: ours and our runtime dependencies (not the test tools). */
  private static final Pattern RUNTIME_JAR = Pattern.compile(
      ".*(livskraft|sdg-core|sdg-tagger|jsonstat|municipalities|casework|indicators|plan-model|kostra-adapter|jackson|hibernate-validator|jakarta|jboss-logging"
          + "|classmate|picocli|snakeyaml|jspecify|ical4j|slf4j|threeten-extra|poi|xmlbeans|commons-io|commons-compress"
          + "|commons-codec|commons-collections4|commons-math3|commons-lang3|commons-logging|SparseBitSet|curvesapi"
          + "|log4j-api|pdfbox|fontbox|jsoup|javalin|jetty|websocket|kotlin-stdlib|micrometer|prometheus-metrics"
          + "|HdrHistogram|logback)[^" + Pattern.quote(File.separator) + "]*\\.jar$");

  @Test
  void cliRunsOnTheModulePath() throws IOException, InterruptedException {
    List<String> jars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(p -> RUNTIME_JAR.matcher(p).matches())
        .filter(p -> !p.endsWith("livskraft.jar"))
        .collect(Collectors.toList());
    assumeTrue(jars.stream().anyMatch(j -> j.contains("livskraft-cli")),
        "the CLI jar is on the class path only when the reactor ran the package phase (mvn verify)");

    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "--module-path", String.join(File.pathSeparator, jars),
        "-m", "io.github.livskraft.cli/io.github.livskraft.cli.Main", "--help"));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("livskraft").contains("catalogue").contains("report").contains("case");

    // casework on the module path: resource bundles, bundled XSDs (validation) and POI/PDFBox/jsoup modules
    Path sak = Files.createTempFile("sak", ".txt");
    try {
      Files.writeString(sak, "Arkivsaksnr.: 25/77\n\nRådmannens innstilling\n"
          + "Kommunestyret vedtar tiltak mot klimagassutslipp, jf. FNs bærekraftsmål 13.\n");
      List<String> assess = new ArrayList<>(command.subList(0, 5));
      assess.addAll(List.of("case", "assess", sak.toString(), "--format", "arkivmelding"));
      Process c = new ProcessBuilder(assess).redirectErrorStream(true).start();
      String xml = new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(c.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(c.exitValue()).as(xml).isZero();
      assertThat(xml).contains("lkc:baerekraftsvurdering").contains("nummer=\"13\"").doesNotContain("<klasseID>");
    } finally {
      Files.deleteIfExists(sak);
    }

    // the built jar knows its real version (not "development")
    List<String> version = new ArrayList<>(command.subList(0, command.size() - 1));
    version.add("--version");
    Process v = new ProcessBuilder(version).redirectErrorStream(true).start();
    String vout = new String(v.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(v.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(vout.strip()).as(vout).matches("livskraft \\d+\\.\\d+\\.\\d+.*");
  }
}
