package io.github.livskraft.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.livskraft.sdg.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Parquet export's failures: the file named, the reason in our own words (sdg-core's IoReason). */
class ParquetExportTest {
  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({
      "EN, Cannot write the Parquet file, the file already exists",
      "NB, Kan ikke skrive Parquet-filen, filen finnes allerede",
      "NN, Kan ikkje skrive Parquet-fila, fila finst allereie"})
  void aFolderThatCannotBeMadeIsSaidInOurOwnWords(Language language, String head, String reason) throws Exception {
    Path blocker = Files.writeString(dir.resolve("ikke-en-mappe"), "x"); // a file where the folder should be
    Path target = blocker.resolve("serier.parquet");
    CliException e = catchThrowableOfType(() -> ParquetExport.write(List.of(), target), CliException.class);
    assertThat(e.message(language)).contains(head + " " + target).contains(reason)
        .doesNotContain("FileAlreadyExists").doesNotContain("Exception");
  }
}
