package io.github.livskraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/**
 * Runs the researcher's walkthrough {@code docs/research.jsh} with the JDK's {@code jshell} tool, offline, and
 * checks what it prints (fetch → tidy file → peers → chart). The numbers are SSB's recorded real 2024 figures
 * bundled as the offline snapshot of table 12134.
 */
class ResearchWalkthroughTest {
  @Test
  void walkthrough_runs_offline_and_prints_the_chart() throws Exception {
    Path script = Path.of("..", "docs", "research.jsh").toAbsolutePath().normalize();
    assertThat(script).exists();
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    assertThat(jshell).exists();
    ProcessBuilder pb = new ProcessBuilder(jshell.toString(), "-q", "-R-Duser.language=en",
        "--class-path", classPath(), script.toString()).redirectErrorStream(true);
    Process p = pb.start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String text = new String(out, StandardCharsets.UTF_8);
    assertThat(text).as(text).contains("fetch exit code 0").contains("series 3")
        .contains("4601 rank 2 of 3, peer median 72046.5")
        .containsPattern("0301 #{30}\\s+81,240").containsPattern("4601 #{25}\\s+66,605")
        .containsPattern("5001 #{23}\\s+62,853").containsPattern("chart .*free-income\\.svg \\d+ bytes")
        .doesNotContain("Exception").doesNotContain("Error:");
  }

  /** The test class path as plain entries (surefire may hand over a manifest-only jar). */
  private static String classPath() throws IOException {
    List<String> entries = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (e.endsWith(".jar") && e.contains("surefire")) {
        try (JarFile jar = new JarFile(e)) {
          Manifest m = jar.getManifest();
          String cp = m == null ? null : m.getMainAttributes().getValue("Class-Path");
          if (cp != null) {
            for (String u : cp.split(" ")) {
              if (!u.isBlank()) {
                entries.add(Path.of(URI.create(u)).toString());
              }
            }
            continue;
          }
        }
      }
      entries.add(e);
    }
    return String.join(File.pathSeparator, entries);
  }
}
