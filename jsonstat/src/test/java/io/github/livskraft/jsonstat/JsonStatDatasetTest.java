package io.github.livskraft.jsonstat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonStatDatasetTest {
  private static final JsonStatDataset KOSTRA =
      Fixtures.dataset("ssb-real/pxwebapi-v1_jsonstat2_12367_kostra-regnskap-drift_2021.json");

  /** A 2 × 3 sample cube (invented numbers, for tests only). */
  private static JsonStatDataset sample() {
    JsonStatDimension region = JsonStatDimension.of("Region", "region", List.of("3301", "4005"),
        Map.of("3301", "Drammen", "4005", "Notodden"));
    JsonStatDimension year = JsonStatDimension.of("Tid", "år", List.of("2022", "2023", "2024"), Map.of());
    JsonStatDataset.Builder b = JsonStatDataset.builder(List.of(region, year)).label("Sample (not real data)")
        .role("time", List.of("Tid"));
    b.value(b.index("3301", "2022"), 1).value(b.index("3301", "2023"), 2).value(b.index("3301", "2024"), 3)
        .value(b.index("4005", "2022"), 4).status(b.index("4005", "2023"), ":").text(b.index("4005", "2024"), "x");
    return b.build();
  }

  @Test
  void coordinatesRoundTrip() {
    for (int i = 0; i < KOSTRA.cellCount(); i += 97) {
      assertThat(KOSTRA.indexOfPositions(KOSTRA.coordinates(i))).isEqualTo(i);
      assertThat(KOSTRA.index(KOSTRA.cell(i).codes().toArray(String[]::new))).isEqualTo(i);
    }
  }

  @Test
  void accessByCodeMapAllowsLeavingOutSingleCategoryDimensions() {
    int i = KOSTRA.index(Map.of("KOKkommuneregion0000", "3001", "KOKregnskapsomfa0000", "A",
        "KOKfunksjon0000", "100", "KOKart0000", "AGD4", "Tid", "2020"));
    assertThat(KOSTRA.findValue(i)).hasValue(6955.0);
    assertThatThrownBy(() -> KOSTRA.index(Map.of("Tid", "2020")))
        .isInstanceOfSatisfying(JsonStatException.class,
            e -> assertThat(e.errorCode()).isEqualTo(JsonStatErrorCode.INVALID_COORDINATES));
  }

  @Test
  void unknownCodesAndDimensionsAreTypedErrors() {
    assertThatThrownBy(() -> KOSTRA.dimension("Region")).isInstanceOfSatisfying(JsonStatException.class, e -> {
      assertThat(e.errorCode()).isEqualTo(JsonStatErrorCode.UNKNOWN_DIMENSION);
      assertThat(e.getMessage()).contains("KOKkommuneregion0000");
    });
    assertThat(KOSTRA.findDimension("Region")).isEmpty();
    assertThatThrownBy(() -> KOSTRA.cell("0301", "A", "100", "AGD4", "KOSbelop0000", "2020"))
        .isInstanceOfSatisfying(JsonStatException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(JsonStatErrorCode.UNKNOWN_CATEGORY);
          assertThat(e.getMessage()).contains("'0301'").contains("EAK");
        });
    assertThatThrownBy(() -> KOSTRA.findValue(1250)).isInstanceOf(JsonStatException.class);
  }

  @Test
  void sliceKeepsFixedDimensionsWithSizeOne() {
    JsonStatDataset s = KOSTRA.slice(Map.of("KOKkommuneregion0000", "EAK", "Tid", "2016"));
    assertThat(s.sizes()).containsExactly(1, 2, 5, 5, 1, 1);
    assertThat(s.cellCount()).isEqualTo(50);
    // same cells as in the full cube
    for (int i = 0; i < s.cellCount(); i++) {
      JsonStatCell c = s.cell(i);
      JsonStatCell full = KOSTRA.cell(c.codes().toArray(String[]::new));
      assertThat(c.value()).isEqualTo(full.value());
      assertThat(c.status()).isEqualTo(full.status());
    }
    assertThat(s.cell("EAK", "A", "100", "AGD56", "KOSbelop0000", "2016").status()).contains(":");
  }

  @Test
  void selectReordersCategories() {
    JsonStatDataset s = KOSTRA.select(Map.of("Tid", List.of("2020", "2015")));
    assertThat(s.dimension("Tid").codes()).containsExactly("2020", "2015");
    assertThat(s.cell("3001", "A", "100", "AGD4", "KOSbelop0000", "2020").value()).hasValue(6955.0);
    assertThat(s.cell("3001", "A", "100", "AGD4", "KOSbelop0000", "2015").status()).contains(".");
  }

  @Test
  void cellsStreamKeepsNullCellsWithStatus() {
    List<JsonStatCell> cells = KOSTRA.cells().toList();
    assertThat(cells).hasSize(1250);
    assertThat(cells.stream().filter(JsonStatCell::isNull).count()).isEqualTo(485);
    assertThat(cells.stream().filter(c -> c.status().isPresent()).count()).isEqualTo(485);
    JsonStatCell first = cells.get(0);
    assertThat(first.labels()).startsWith("Landet", "Kommuner/fylkeskommuner", "Politisk styring");
  }

  @Test
  void builderAndMixedCells() {
    JsonStatDataset ds = sample();
    assertThat(ds.nonNullCount()).isEqualTo(5);
    assertThat(ds.cell("4005", "2023").status()).contains(":");
    assertThat(ds.cell("4005", "2023").isNull()).isTrue();
    assertThat(ds.cell("4005", "2024").text()).contains("x");
    assertThat(ds.value(ds.index("4005", "2024"))).isNaN();
    assertThat(ds.dimension("Region").categoryLabel("4005")).isEqualTo("Notodden");
    assertThat(ds.indexByLabels("Notodden", "2022")).isEqualTo(ds.index("4005", "2022"));
    assertThat(ds.toString()).contains("Region(2) × Tid(3)").contains("6 cells");
  }

  @Test
  void mergeIsTheInverseOfSplitting() {
    JsonStatDataset a = KOSTRA.select(Map.of("KOKkommuneregion0000", List.of("EAK", "EAKUO", "3001")));
    JsonStatDataset b = KOSTRA.select(Map.of("KOKkommuneregion0000", List.of("EKG16", "EKG17", "3001")));
    JsonStatDataset merged = JsonStatDataset.merge(List.of(a, b));
    assertThat(merged).isEqualTo(KOSTRA);
    JsonStatDataset years1 = KOSTRA.select(Map.of("Tid", List.of("2015", "2016")));
    JsonStatDataset years2 = KOSTRA.select(Map.of("Tid", List.of("2017", "2019", "2020")));
    assertThat(JsonStatDataset.merge(List.of(years1, years2))).isEqualTo(KOSTRA);
  }

  @Test
  void mergeRejectsConflictingCells() {
    JsonStatDataset ds = sample();
    JsonStatDataset.Builder other = JsonStatDataset.builder(ds.dimensions());
    other.value(other.index("3301", "2022"), 99);
    assertThatThrownBy(() -> JsonStatDataset.merge(List.of(ds, other.build())))
        .isInstanceOfSatisfying(JsonStatException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(JsonStatErrorCode.MERGE_CONFLICT);
          assertThat(e.getMessage()).contains("3301").contains("99");
        });
  }

  @Test
  void updatedParsesLeniently() {
    assertThat(Fixtures.dataset("samples/canada.json").updatedInstant())
        .hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("2012-09-27T00:00:00Z"));
    assertThat(sample().updatedInstant()).isEmpty();
  }

  @Test
  void retainedBytesPerCellAreSmall() {
    JsonStatDataset labor = Fixtures.dataset("samples/us-labor.json");
    assertThat((double) labor.retainedCellBytes() / labor.cellCount()).isLessThan(8.5);
  }
}
