package io.github.livskraft.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.sdg.internal.CompactEdition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The compact form of the bundled edition ({@code edition.bin}, written by the build from the CSV files) gives the
 * same catalogue as the CSV files, and goes through the same checks.
 */
class CompactEditionTest {
  @Test
  void theBuildWroteTheCompactFormAndItEqualsTheCsvFiles() throws IOException {
    try (InputStream in = SdgCatalogue.class.getResourceAsStream(SdgCatalogue.BUNDLED + CompactEdition.FILE_NAME)) {
      assertThat(in).as("edition.bin written by the build (exec-maven-plugin, process-classes)").isNotNull();
    }
    SdgCatalogue fromCsv = SdgCatalogue.loadBundledCsv();
    SdgCatalogue compact = SdgCatalogue.loadBundled();
    assertThat(compact.revision()).isEqualTo(fromCsv.revision());
    assertThat(compact.goals()).isEqualTo(fromCsv.goals());
    assertThat(compact.targets()).isEqualTo(fromCsv.targets());
    assertThat(compact.indicatorListings()).isEqualTo(fromCsv.indicatorListings());
    assertThat(compact.indicators()).isEqualTo(fromCsv.indicators());
    assertThat(compact.changes()).isEqualTo(fromCsv.changes());
  }

  @Test
  void theCompactFormIsCheckedLikeTheCsvFiles() throws IOException {
    Map<String, String> files = new HashMap<>();
    for (String name : CatalogueReader.FILES) {
      try (InputStream in = SdgCatalogue.class.getResourceAsStream(SdgCatalogue.BUNDLED + name)) {
        files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    // goal 18 in goals.csv: the compact form keeps the line, the reader refuses it as it refuses the CSV
    String goals = files.get(CatalogueReader.GOALS);
    int second = goals.indexOf('\n') + 1;
    files.put(CatalogueReader.GOALS, goals.substring(0, second) + "18" + goals.substring(goals.indexOf(',', second)));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CompactEdition.write(CatalogueReader.FILES, files, bytes);
    CompactEdition edition = CompactEdition.read(new ByteArrayInputStream(bytes.toByteArray()));
    assertThatThrownBy(() -> CatalogueReader.read(edition))
        .isInstanceOf(CatalogueFormatException.class)
        .hasMessageContaining("goals.csv, line 2").hasMessageContaining("18");
  }

  @Test
  void somethingElseIsNotTakenForTheCompactForm() {
    assertThatThrownBy(() -> CompactEdition.read(new ByteArrayInputStream("code,sort_order\n".getBytes(
        StandardCharsets.UTF_8)))).isInstanceOf(IllegalStateException.class);
  }
}
