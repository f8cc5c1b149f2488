package io.github.livskraft.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
          + "|classmate|picocli|snakeyaml|jspecify)[^" + Pattern.quote(File.separator) + "]*\\.jar$");

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
    assertThat(out).contains("livskraft").contains("catalogue").contains("report");
  }
}
