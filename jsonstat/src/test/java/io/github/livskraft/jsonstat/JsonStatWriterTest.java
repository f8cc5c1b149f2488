package io.github.livskraft.jsonstat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonStatWriterTest {

  @ParameterizedTest
  @ValueSource(strings = {"samples/canada.json", "samples/galicia.json", "samples/hierarchy.json",
      "samples/json-stat-1-dimension.json", "samples/oecd.json", "samples/order.json", "samples/us-gsp.json",
      "samples/us-labor.json", "samples/us-unr.json", "samples/collection.json", "samples/oecd-canada-col.json",
      "samples/dimension.json", "ssb-real/pxwebapi-v1_jsonstat2_12367_kostra-regnskap-drift_2021.json",
      "ssb-real/pxwebapi-v2_jsonstat2_03024_laks-post_2025-12-03.json",
      "ssb-real/pxwebapi-v2_jsonstat2_12134_KOSAG110000_oslo-bergen-trondheim_2024.json"})
  void roundTrip(String file) {
    JsonStatResponse original = Fixtures.read(file);
    String json = JsonStatWriter.create().toJson(original);
    JsonStatResponse again = JsonStatReader.create().read(json.getBytes(StandardCharsets.UTF_8));
    assertThat(again).isEqualTo(original);
    // and the written text is stable
    assertThat(JsonStatWriter.create().toJson(again)).isEqualTo(json);
  }

  @Test
  void writesSsbStyleSparseStatusAndWholeNumbers() {
    JsonStatDataset ds = Fixtures.dataset("ssb-real/pxwebapi-v1_jsonstat2_12367_kostra-regnskap-drift_2021.json");
    String json = JsonStatWriter.create().toJson(ds);
    assertThat(json).startsWith("{\"version\":\"2.0\",\"class\":\"dataset\"");
    assertThat(json).contains("\"value\":[1943974,1824423,").contains("\"status\":{\"15\":\":\",\"16\":\":\"");
    assertThat(json).contains("\"unit\":{\"KOSbelop0000\":{\"decimals\":0,\"base\":\"1000 kr\"}}");
  }

  @Test
  void uniformStatusIsWrittenAsOneString() {
    String json = JsonStatWriter.create().toJson(Fixtures.read("samples/canada.json"));
    assertThat(json).contains("\"status\":\"a\"");
  }

  @Test
  void writesFilesAtomically(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("oecd.json");
    JsonStatResponse oecd = Fixtures.read("samples/oecd.json");
    JsonStatWriter.builder().prettyPrint(true).build().write(oecd, out);
    assertThat(Files.readString(out)).contains("\n");
    assertThat(JsonStatReader.create().read(out)).isEqualTo(oecd);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }
}
