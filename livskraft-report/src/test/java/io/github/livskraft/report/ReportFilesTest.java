package io.github.livskraft.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.sdg.Language;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
  @Test
  void writesEveryFileAndLeavesNoTemporaryFiles(@TempDir Path dir) throws Exception {
    ReportFiles.Written w = ReportFiles.write(Reports.kongsbergregionen(), dir.resolve("out"), Language.NN);
    assertThat(w.html()).exists();
    assertThat(w.json()).exists();
    assertThat(w.csv()).extracting(p -> p.getFileName().toString())
        .containsExactly("indicator-values.csv", "goal-links.csv", "findings.csv");
    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp")).hasSize(5);
    }
    assertThat(Files.readString(w.html())).contains("<html lang=\"nn\"").contains("Berekraftsrapport");
  }

  @Test
  void aFailedWriteLeavesTheOldFileWholeAndNoTemporaryFile(@TempDir Path dir) throws Exception {
    // the move into place fails: a non-empty directory stands where report.html should go
    Path target = dir.resolve("report.html");
    Files.createDirectory(target);
    Files.writeString(target.resolve("keep"), "old");
    assertThatThrownBy(() -> ReportFiles.writeAtomically(target, "new")).isInstanceOf(java.io.IOException.class);
    assertThat(Files.readString(target.resolve("keep"))).isEqualTo("old");
    try (var s = Files.list(dir)) {
      assertThat(s).containsExactly(target); // no temporary file left behind
    }
  }

  @Test
  void anOutputPathThatIsAFileIsAnIoError(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("x"), "");
    assertThatThrownBy(() -> ReportFiles.write(Reports.kongsbergregionen(), file, Language.NB))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining(file.toString())
        .isInstanceOfSatisfying(ReportWriteException.class, e -> {
          assertThat(e.getMessage()).startsWith("REPORT-0004: Cannot write the report to " + file)
              .doesNotContain("skrive").doesNotContain("Exception");
          assertThat(e.getMessage(Language.NB)).startsWith("REPORT-0004: Kan ikke skrive rapporten til " + file)
              .contains("feilet ved").doesNotContain("Cannot");
          assertThat(e.getMessage(Language.NN)).startsWith("REPORT-0004: Kan ikkje skrive rapporten til " + file)
              .contains("feila ved").doesNotContain("Cannot");
        });
  }
}
