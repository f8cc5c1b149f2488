package io.github.livskraft.jsonstat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Conformance: every official sample and every real SSB response reads to the cells the JSON-stat Javascript
 * Toolkit gives. Expected values were read off the files by hand and with a small independent Python script
 * (row-major index arithmetic over {@code id}/{@code size}), never by running this reader.
 */
class JsonStatConformanceTest {

  private static void assertCell(JsonStatDataset ds, List<String> codes, Double value, String status) {
    JsonStatCell cell = ds.cell(codes.toArray(String[]::new));
    if (value == null) {
      assertThat(cell.value()).as("value of %s", codes).isEmpty();
      assertThat(ds.isNull(cell.index())).isTrue();
    } else {
      assertThat(cell.value()).as("value of %s", codes).hasValue(value);
    }
    if (status == null) {
      assertThat(cell.status()).as("status of %s", codes).isEmpty();
    } else {
      assertThat(cell.status()).as("status of %s", codes).hasValue(status);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"canada.json", "galicia.json", "hierarchy.json", "json-stat-1-dimension.json",
      "oecd.json", "order.json", "us-gsp.json", "us-labor.json", "us-unr.json", "collection.json",
      "oecd-canada-col.json", "dimension.json"})
  void everyJsonStat2SampleParses(String file) {
    JsonStatResponse r = Fixtures.read("samples/" + file);
    assertThat(r.version()).isEqualTo("2.0");
  }

  @Test
  void canadaStatusArrayOfOneAppliesToEveryCell() {
    JsonStatDataset ds = Fixtures.dataset("samples/canada.json");
    assertThat(ds.ids()).containsExactly("country", "year", "age", "concept", "sex");
    assertThat(ds.sizes()).containsExactly(1, 1, 20, 2, 3);
    assertThat(ds.cellCount()).isEqualTo(120);
    assertThat(ds.nonNullCount()).isEqualTo(120);
    assertCell(ds, List.of("CA", "2012", "T", "POP", "T"), 34880.5, "a");
    assertCell(ds, List.of("CA", "2012", "T", "POP", "M"), 17309.1, "a");
    assertCell(ds, List.of("CA", "2012", "49", "POP", "T"), 2681.3, "a");
    assertCell(ds, List.of("CA", "2012", "older", "PERCENT", "F"), 1.0, "a");
    assertThat(ds.statusCounts()).containsExactly(Map.entry("a", 120L));
    // country has no index, only a label: the single category comes from the label
    assertThat(ds.dimension("country").codes()).containsExactly("CA");
    assertThat(ds.dimension("country").categoryLabel("CA")).isEqualTo("Canada");
    // index given as an object
    assertThat(ds.dimension("concept").codes()).containsExactly("POP", "PERCENT");
    JsonStatUnit pop = ds.dimension("concept").findUnit("POP").orElseThrow();
    assertThat(pop.decimals()).isEqualTo(OptionalInt.of(1));
    assertThat(pop.position()).contains(JsonStatUnit.Position.END);
    assertThat(pop.multiplier()).isEqualTo(OptionalInt.of(3));
    assertThat(pop.base()).contains("people");
    assertThat(ds.dimension("sex").links()).singleElement()
        .satisfies(l -> {
          assertThat(l.relation()).isEqualTo("alternate");
          assertThat(l.type()).contains("text/html");
          assertThat(l.href()).contains("http://www.statcan.gc.ca/concepts/definitions/class-sex-eng.htm");
        });
    assertThat(ds.roles()).containsEntry("geo", List.of("country")).containsEntry("metric", List.of("concept"));
  }

  @Test
  void oecdSparseStatusUnitsChildrenNotesAndExtensions() {
    JsonStatDataset ds = Fixtures.dataset("samples/oecd.json");
    assertThat(ds.sizes()).containsExactly(1, 36, 12);
    assertCell(ds, List.of("UNR", "AU", "2003"), 5.943826289, null);
    assertCell(ds, List.of("UNR", "AU", "2013"), 5.50415003, "e");
    assertCell(ds, List.of("UNR", "AU", "2014"), 5.462866231, "e");
    assertCell(ds, List.of("UNR", "KR", "2003"), 3.562065618, null);
    assertCell(ds, List.of("UNR", "OECD", "2014"), 8.004598637, "e");
    assertThat(ds.statusCounts()).containsExactly(Map.entry("e", 72L));
    JsonStatDimension area = ds.dimension("area");
    assertThat(area.children().get("EU15")).hasSize(15).startsWith("AT", "BE", "DE");
    assertThat(area.categoryNotes().get("DE")).singleElement().asString().startsWith("Germany (code DE)");
    assertThat(area.notes()).singleElement().asString().startsWith("Except where otherwise indicated");
    assertThat(ds.dimension("concept").extensionJson()).hasValueSatisfying(
        e -> assertThat(e).contains("\"definition\"").contains("harmonised unemployment rate"));
    assertThat(ds.extensionJson()).hasValueSatisfying(e -> assertThat(e).contains("EcoOutlook@oecd.org"));
    assertThat(ds.notes()).hasSize(1);
    assertThat(ds.findUnit(0).orElseThrow().decimals()).isEqualTo(OptionalInt.of(9));
    assertThat(ds.updated()).contains("2012-11-27");
  }

  @Test
  void galiciaTwoGeoRolesAndNulls() {
    JsonStatDataset ds = Fixtures.dataset("samples/galicia.json");
    assertThat(ds.cellCount()).isEqualTo(3960);
    assertThat(ds.nonNullCount()).isEqualTo(3956);
    assertThat(ds.roles().get("geo")).containsExactly("residence", "birth");
    assertThat(ds.dimensionsWithRole("geo")).extracting(JsonStatDimension::id).containsExactly("residence", "birth");
    assertCell(ds, List.of("T", "T", "T", "2001", "T", "pop"), 2695880.0, null);
    assertCell(ds, List.of("G", "T", "T", "2001", "T", "pop"), 172017.0, null);
    assertCell(ds, List.of("A", "100", "T", "2011", "32", "pop"), null, null);
    assertCell(ds, List.of("A", "100", "M", "2011", "32", "pop"), null, null);
    assertCell(ds, List.of("F", "100", "F", "2011", "36", "pop"), 11.0, null);
    assertThat(ds.links()).isNotEmpty();
  }

  @Test
  void hierarchySparseValueWithOneNullEntryIsAllNullButSizedByProductOfSizes() {
    JsonStatDataset ds = Fixtures.dataset("samples/hierarchy.json");
    assertThat(ds.cellCount()).isEqualTo(132);
    assertThat(ds.nonNullCount()).isZero();
    assertCell(ds, List.of("T"), null, null);
    assertCell(ds, List.of("11.2.2"), null, null);
    assertThat(ds.roles()).isEmpty();
    assertThat(ds.dimension("commodity").children()).isNotEmpty();
    assertThat(ds.dimension("commodity").code(66)).isEqualTo("5.1");
  }

  @Test
  void sparseValueObjectOneDimension() {
    JsonStatDataset ds = Fixtures.dataset("samples/json-stat-1-dimension.json");
    assertCell(ds, List.of("AA"), 1.0, null);
    assertCell(ds, List.of("AB"), 2.0, null);
    assertCell(ds, List.of("AC"), 3.0, null);
    assertThat(ds.source()).contains("My head");
  }

  @Test
  void orderStringValuesRowMajor() {
    JsonStatDataset ds = Fixtures.dataset("samples/order.json");
    assertThat(ds.hasStringValues()).isTrue();
    assertThat(ds.cell("1", "1", "1").text()).contains("A1B1C1");
    assertThat(ds.cell("2", "2", "1").text()).contains("A2B2C1");
    assertThat(ds.cell("3", "2", "4").text()).contains("A3B2C4");
    // the sample's own typo at flat index 11 is kept as published
    assertThat(ds.findText(11)).contains("A1B1C4");
    assertThat(ds.cell("3", "2", "4").value()).isEmpty();
    // no category labels: the code doubles as label
    assertThat(ds.dimension("A").labels()).containsExactly("1", "2", "3");
  }

  @Test
  void usSamples() {
    JsonStatDataset gsp = Fixtures.dataset("samples/us-gsp.json");
    assertCell(gsp, List.of("2013", "01", "gsp"), 174400.0, null);
    assertCell(gsp, List.of("2013", "29", "pop"), 6.0, null);
    assertCell(gsp, List.of("2013", "56", "capita"), 63667.0, null);
    JsonStatUnit gspUnit = gsp.dimension("concept").findUnit("gsp").orElseThrow();
    assertThat(gspUnit.symbol()).contains("$");
    assertThat(gspUnit.position()).contains(JsonStatUnit.Position.START);
    assertThat(gspUnit.multiplier()).isEqualTo(OptionalInt.of(6));
    JsonStatDataset labor = Fixtures.dataset("samples/us-labor.json");
    assertThat(labor.cellCount()).isEqualTo(12880);
    assertCell(labor, List.of("2012", "01001", "labforce"), 25480.0, null);
    assertCell(labor, List.of("2012", "30027", "labforce"), 5978.0, null);
    assertCell(labor, List.of("2012", "72153", "unr"), 15.8, null);
    JsonStatDataset unr = Fixtures.dataset("samples/us-unr.json");
    assertCell(unr, List.of("2012", "01001", "unr"), 6.5, null);
    assertCell(unr, List.of("2012", "30027", "unr"), 5.3, null);
    assertCell(unr, List.of("2012", "72153", "unr"), 15.8, null);
  }

  @Test
  void collectionOfReferences() {
    JsonStatCollection c = (JsonStatCollection) Fixtures.read("samples/collection.json");
    assertThat(c.items()).hasSize(8);
    assertThat(c.items().get(0).href()).contains("https://json-stat.org/samples/oecd.json");
    assertThat(c.items().get(0).linkClass()).contains("dataset");
    assertThat(c.items()).allSatisfy(i -> assertThat(i.embedded()).isEmpty());
    assertThat(c.datasets()).isEmpty();
    assertThat(c.updated()).contains("2015-12-21");
  }

  @Test
  void collectionWithEmbeddedDatasets() {
    JsonStatCollection c = (JsonStatCollection) Fixtures.read("samples/oecd-canada-col.json");
    assertThat(c.datasets()).hasSize(2);
    JsonStatDataset oecd = c.datasets().get(0);
    assertCell(oecd, List.of("UNR", "OECD", "2014"), 8.004598637, "e");
    JsonStatDataset canada = c.datasets().get(1);
    assertCell(canada, List.of("CA", "2012", "older", "PERCENT", "F"), 1.0, "a");
    assertThatThrownBy(() -> Fixtures.dataset("samples/oecd-canada-col.json"))
        .isInstanceOf(JsonStatException.class)
        .extracting(e -> ((JsonStatException) e).errorCode()).isEqualTo(JsonStatErrorCode.WRONG_CLASS);
  }

  @Test
  void dimensionDocument() {
    JsonStatDimensionDocument d = (JsonStatDimensionDocument) Fixtures.read("samples/dimension.json");
    assertThat(d.label()).contains("sex");
    assertThat(d.dimension().codes()).containsExactly("T", "M", "F");
    assertThat(d.dimension().labels()).containsExactly("total", "male", "female");
  }

  @Test
  void jsonStat1BundleIsDetectedNotMisread() {
    assertThatThrownBy(() -> Fixtures.read("samples/oecd-canada.v1-bundle.json"))
        .isInstanceOfSatisfying(JsonStatException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(JsonStatErrorCode.JSON_STAT_1);
          assertThat(e.findJsonPath()).contains("$.oecd");
          assertThat(e.getMessage()).contains("JSON-stat 1.x");
        });
  }

  @Test
  void jsonStat1BundleUpgradedOnRequest() {
    JsonStatReader reader = JsonStatReader.builder().upgradeV1(true).build();
    JsonStatCollection c = (JsonStatCollection) reader.read(Fixtures.bytes("samples/oecd-canada.v1-bundle.json"));
    assertThat(c.datasets()).hasSize(2);
    assertThat(c.items()).extracting(l -> l.label().orElseThrow()).containsExactly("oecd", "canada");
    JsonStatDataset oecd = c.datasets().get(0);
    assertThat(oecd.ids()).containsExactly("concept", "area", "year");
    assertCell(oecd, List.of("UNR", "AU", "2003"), 5.943826289, null);
    assertCell(oecd, List.of("UNR", "OECD", "2014"), 8.004598637, "e");
    assertThat(oecd.statusCounts()).containsExactly(Map.entry("e", 72L));
    JsonStatDataset canada = c.datasets().get(1);
    assertCell(canada, List.of("CA", "2012", "T", "POP", "T"), 34880.5, "a");
    assertThat(canada.roles()).containsEntry("geo", List.of("country"));
  }

  // ------------------------------------------------------------------ real SSB responses

  @Test
  void kostra12367SparseStatusNoGeoRole() {
    JsonStatDataset ds = Fixtures.dataset("ssb-real/pxwebapi-v1_jsonstat2_12367_kostra-regnskap-drift_2021.json");
    assertThat(ds.ids()).containsExactly("KOKkommuneregion0000", "KOKregnskapsomfa0000", "KOKfunksjon0000",
        "KOKart0000", "ContentsCode", "Tid");
    assertThat(ds.sizes()).containsExactly(5, 2, 5, 5, 1, 5);
    assertThat(ds.cellCount()).isEqualTo(1250);
    assertThat(ds.nonNullCount()).isEqualTo(765);
    assertThat(ds.statusCounts()).containsExactly(Map.entry(":", 85L), Map.entry(".", 400L));
    assertThat(ds.roles()).containsOnlyKeys("time", "metric");
    assertThat(ds.dimensionsWithRole("geo")).isEmpty();
    assertCell(ds, List.of("EAK", "A", "100", "AGD4", "KOSbelop0000", "2015"), 1943974.0, null);
    assertCell(ds, List.of("EAK", "A", "100", "AGD56", "KOSbelop0000", "2015"), null, ":");
    assertCell(ds, List.of("EAK", "A", "100", "AGD56", "KOSbelop0000", "2016"), null, ":");
    assertCell(ds, List.of("3001", "B", "100", "AGD4", "KOSbelop0000", "2015"), null, ".");
    assertCell(ds, List.of("3001", "A", "100", "AGD4", "KOSbelop0000", "2019"), null, ".");
    assertCell(ds, List.of("3001", "A", "100", "AGD4", "KOSbelop0000", "2020"), 6955.0, null);
    assertCell(ds, List.of("EKG16", "A", "100", "AGD10", "KOSbelop0000", "2015"), 28508.0, null);
    assertCell(ds, List.of("EKG17", "B", "FGK9", "AGD28", "KOSbelop0000", "2020"), 2127.0, null);
    JsonStatDimension region = ds.dimension("KOKkommuneregion0000");
    assertThat(region.categoryLabel("3001")).isEqualTo("Halden");
    assertThat(region.links()).singleElement().satisfies(l -> {
      assertThat(l.relation()).isEqualTo("describedby");
      assertThat(l.extensionJson()).hasValueSatisfying(
          e -> assertThat(e).contains("urn:ssb:classification:klass:231"));
    });
    JsonStatUnit unit = ds.findUnit(0).orElseThrow();
    assertThat(unit.base()).contains("1000 kr");
    assertThat(unit.decimals()).isEqualTo(OptionalInt.of(0));
    assertThat(ds.dimension("Tid").codes()).containsExactly("2015", "2016", "2017", "2019", "2020");
    assertThat(ds.updated()).contains("2021-06-13T22:00:00Z");
    assertThat(ds.extensionJson()).hasValueSatisfying(e -> assertThat(e).contains("\"tableid\":\"12367\""));
    // by labels
    int i = ds.indexByLabels(Map.of("region", "Halden", "regnskapsomfang", "Kommuner/fylkeskommuner",
        "KOKfunksjon0000", "Politisk styring", "KOKart0000",
        "Korrigerte brutto driftsutgifter på funksjon/tjenesteområde", "Tid", "2020"));
    assertThat(ds.findValue(i)).hasValue(6955.0);
  }

  @Test
  void pxWebApiV2Salmon03024() {
    JsonStatDataset ds = Fixtures.dataset("ssb-real/pxwebapi-v2_jsonstat2_03024_laks-post_2025-12-03.json");
    assertThat(ds.sizes()).containsExactly(2, 2, 48);
    assertThat(ds.nonNullCount()).isEqualTo(192);
    assertThat(ds.hasStatus()).isFalse();
    assertCell(ds, List.of("01", "Vekt", "2025U01"), 11364.0, null);
    assertCell(ds, List.of("02", "Vekt", "2025U01"), 255.0, null);
    assertCell(ds, List.of("02", "Kilopris", "2025U48"), 77.24, null);
    assertThat(ds.dimension("ContentsCode").findUnit("Kilopris").orElseThrow().decimals())
        .isEqualTo(OptionalInt.of(2));
    assertThat(ds.findUnit(ds.index("02", "Vekt", "2025U01")).orElseThrow().base()).contains("tonn");
    assertThat(ds.dimension("Tid").extensionJson()).contains("{\"elimination\":false,\"show\":\"code\"}");
    assertThat(ds.extensionJson()).hasValueSatisfying(e -> assertThat(e).contains("\"tableid\":\"03024\""));
    assertThat(ds.updatedInstant()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("2025-12-03T07:00:00Z"));
  }

  @Test
  void pxWebApiV2Kostra12134() {
    JsonStatDataset ds = Fixtures.dataset(
        "ssb-real/pxwebapi-v2_jsonstat2_12134_KOSAG110000_oslo-bergen-trondheim_2024.json");
    assertCell(ds, List.of("0301", "KOSAG110000", "2024"), 81240.0, null);
    assertCell(ds, List.of("4601", "KOSAG110000", "2024"), 66605.0, null);
    assertCell(ds, List.of("5001", "KOSAG110000", "2024"), 62853.0, null);
    assertThat(ds.roles().get("geo")).containsExactly("KOKkommuneregion0000");
    assertThat(ds.notes()).hasSize(5);
    assertThat(ds.findUnit(0).orElseThrow().base()).contains("kr");
  }

  @Test
  void ssbJsonStat1ResponseIsDetectedAndCanBeUpgraded() {
    String file = "ssb-real/pxwebapi-v1_jsonstat1_fishfarming-earnings_2016.json";
    assertThatThrownBy(() -> Fixtures.read(file)).isInstanceOfSatisfying(JsonStatException.class, e -> {
      assertThat(e.errorCode()).isEqualTo(JsonStatErrorCode.JSON_STAT_1);
      assertThat(e.findJsonPath()).contains("$.dataset");
    });
    JsonStatDataset ds = JsonStatReader.builder().upgradeV1(true).build().readDataset(Fixtures.bytes(file));
    assertThat(ds.ids()).containsExactly("Kjonn", "Alder", "ContentsCode", "Tid");
    assertThat(ds.sizes()).containsExactly(3, 10, 6, 7);
    assertThat(ds.nonNullCount()).isEqualTo(870);
    assertCell(ds, List.of("0", "999", "Ansatte", "2002"), 2036.0, null);
    assertCell(ds, List.of("0", "30-34", "Ansatte", "2005"), null, "..");
    assertCell(ds, List.of("2", "060+", "Overtid", "2008"), null, "..");
    assertThat(ds.roles()).containsEntry("metric", List.of("ContentsCode")).containsEntry("time", List.of("Tid"));
    assertThat(ds.dimension("ContentsCode").findUnit("Overtid").orElseThrow().base()).contains("NOK");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ssb-real/pxwebapi-v1_metadata_12880.json",
      "ssb-real/pxwebapi-v1_query_07459_saved-from-web.json"})
  void nonJsonStatSsbFilesAreRejectedWithATypedError(String file) {
    assertThatThrownBy(() -> Fixtures.read(file)).isInstanceOfSatisfying(JsonStatException.class, e -> {
      assertThat(e.errorCode()).isEqualTo(JsonStatErrorCode.NOT_JSON_STAT);
      assertThat(e.findJsonPath()).contains("$");
    });
  }

  @Test
  void pxWebApiMetadataExampleStrictRejectsLenientAccepts() {
    byte[] json = Fixtures.bytes("pxwebapi-v2-spec-examples/dataset-meta.scb-example.json");
    assertThatThrownBy(() -> JsonStatReader.create().read(json))
        .isInstanceOfSatisfying(JsonStatException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(JsonStatErrorCode.CATEGORY_COUNT_MISMATCH);
          assertThat(e.findJsonPath()).contains("$.dimension.Alder.category.index");
        });
    JsonStatDataset ds = JsonStatReader.builder().lenient().build().readDataset(json);
    assertThat(ds.dimension("Alder").size()).isEqualTo(102);
    assertThat(ds.nonNullCount()).isZero();
    assertThat(ds.notes()).containsExactly("This is a table note!");
    assertThat(ds.dimension("Region").extensionJson()).hasValueSatisfying(e -> assertThat(e).contains("valueNote"));
  }
}
