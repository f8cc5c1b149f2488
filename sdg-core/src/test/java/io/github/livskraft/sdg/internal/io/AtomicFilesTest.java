package io.github.livskraft.sdg.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @Test
  void writesCreatesDirectoriesAndReplaces(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("a/b/out.txt");
    AtomicFiles.writeString(f, "første");
    assertThat(Files.readString(f, StandardCharsets.UTF_8)).isEqualTo("første");
    AtomicFiles.writeText(f, w -> w.write("andre ø"));
    assertThat(Files.readString(f, StandardCharsets.UTF_8)).isEqualTo("andre ø");
    try (Stream<Path> s = Files.list(f.getParent())) {
      assertThat(s).containsExactly(f); // no temporary file left
    }
  }

  @Test
  void aFailureLeavesTheOldContentAndNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("keep.txt");
    AtomicFiles.writeString(f, "old");
    assertThatThrownBy(() -> AtomicFiles.write(f, out -> {
      out.write("half".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    })).isInstanceOf(IOException.class).hasMessage("disk full");
    assertThat(Files.readString(f)).isEqualTo("old");
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s).containsExactly(f);
    }
  }
}
