package io.github.livskraft.jsonstat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import io.github.livskraft.testing.Gen;
import io.github.livskraft.testing.PropertyTest;

/** Properties of slicing, selecting and merging on the real KOSTRA 12367 cube. */
class JsonStatDatasetPropertiesTest {
  private static final JsonStatDataset KOSTRA =
      Fixtures.dataset("ssb-real/pxwebapi-v1_jsonstat2_12367_kostra-regnskap-drift_2021.json");

  /** Splitting any dimension into random parts and merging them back gives the original cube. */
  @PropertyTest(cases = 60)
  void splitThenMergeIsIdentity(Gen g) {
    JsonStatDimension dim = KOSTRA.dimensions().get(g.intBetween(0, 5));
    Random rnd = g.javaRandom();
    List<List<String>> parts = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String code : dim.codes()) {
      current.add(code);
      if (rnd.nextInt(3) == 0) {
        parts.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      parts.add(current);
    }
    List<JsonStatDataset> datasets = new ArrayList<>();
    for (List<String> p : parts) {
      datasets.add(KOSTRA.select(Map.of(dim.id(), p)));
    }
    assertThat(JsonStatDataset.merge(datasets)).isEqualTo(KOSTRA);
  }

  /** Every cell of a random slice equals the cell with the same codes in the full cube. */
  @PropertyTest(cases = 60)
  void sliceCellsEqualFullCubeCells(Gen g) {
    Random rnd = g.javaRandom();
    Map<String, String> fixed = new java.util.LinkedHashMap<>();
    for (JsonStatDimension d : KOSTRA.dimensions()) {
      if (rnd.nextBoolean()) {
        fixed.put(d.id(), d.code(rnd.nextInt(d.size())));
      }
    }
    JsonStatDataset slice = KOSTRA.slice(fixed);
    int expected = 1;
    for (JsonStatDimension d : KOSTRA.dimensions()) {
      expected *= fixed.containsKey(d.id()) ? 1 : d.size();
    }
    assertThat(slice.cellCount()).isEqualTo(expected);
    slice.cells().forEach(c -> {
      JsonStatCell full = KOSTRA.cell(c.codes().toArray(String[]::new));
      assertThat(c.value()).isEqualTo(full.value());
      assertThat(c.status()).isEqualTo(full.status());
      assertThat(c.labels()).isEqualTo(full.labels());
    });
  }
}
