package io.github.livskraft.kostra.pxweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.kostra.StubSsbServer;
import io.github.livskraft.testing.Gen;
import io.github.livskraft.testing.PropertyTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryPlannerTest {
  /** Real v1 metadata of table 12880 (43 contents × 38 years). */
  private final TableMetadata meta12880 = MetadataParser.v1Metadata("12880",
      StubSsbServer.fixture("pxwebapi-v1_metadata_12880.json"));

  private static TableMetadata region(int regions, int years, int contents) {
    List<Variable.Value> r = new ArrayList<>();
    for (int i = 0; i < regions; i++) {
      r.add(new Variable.Value(String.format(java.util.Locale.ROOT, "%04d", 101 + i), "R" + i));
    }
    List<Variable.Value> t = new ArrayList<>();
    for (int i = 0; i < years; i++) {
      t.add(new Variable.Value(Integer.toString(1990 + i), Integer.toString(1990 + i)));
    }
    List<Variable.Value> c = new ArrayList<>();
    for (int i = 0; i < contents; i++) {
      c.add(new Variable.Value("KOS" + i, "K" + i));
    }
    return new TableMetadata("99999", "test", "", List.of(
        new Variable("Region", "region", r, false, false, Optional.empty(), List.of(), Map.of()),
        new Variable("ContentsCode", "contents", c, false, false, Optional.empty(), List.of(), Map.of()),
        new Variable("Tid", "år", t, true, false, Optional.empty(), List.of(), Map.of())), ApiVersion.V2,
        Optional.empty());
  }

  @Test
  void expressionsResolveAgainstMetadataOrder() {
    QueryPlanner p = new QueryPlanner(800_000, Integer.MAX_VALUE);
    DataQuery q = DataQuery.of("12880").with(Selection.codes("ContentsCode", "OljePrisKr", "KonsumHushold"))
        .with(Selection.top("Tid", 3));
    QueryPlan plan = p.plan(meta12880, q);
    assertThat(plan.resolved().selections().get(0).values()).containsExactly("KonsumHushold", "OljePrisKr");
    assertThat(plan.resolved().selections().get(1).values()).containsExactly("2026", "2027", "2028");
    assertThat(plan.cells()).isEqualTo(6);
    assertThat(p.plan(meta12880, q.with(Selection.parse("Tid", "1991..1993"))).resolved().selections().get(1)
        .values()).containsExactly("1991", "1992", "1993");
    assertThat(p.plan(meta12880, q.with(Selection.parse("Tid", "from(2027)"))).cells()).isEqualTo(4);
    assertThat(p.plan(meta12880, q.with(Selection.parse("Tid", "to(1992)"))).cells()).isEqualTo(4);
    assertThat(p.plan(meta12880, q.with(Selection.parse("Tid", "199*"))).cells()).isEqualTo(18);
    assertThat(p.plan(meta12880, q.with(Selection.parse("Tid", "bottom(2)"))).resolved().selections().get(1)
        .values()).containsExactly("1991", "1992");
  }

  @Test
  void codesAreMatchedCaseInsensitivelyAndDeduplicated() {
    QueryPlan plan = new QueryPlanner(800_000, Integer.MAX_VALUE).plan(meta12880, DataQuery.of("12880")
        .with(Selection.codes("contentscode", "oljepriskr", "OljePrisKr")).with(Selection.codes("Tid", "2020")));
    assertThat(plan.resolved().selections().get(0).values()).containsExactly("OljePrisKr");
    assertThat(plan.notes()).containsExactly("removed the duplicate code 'OljePrisKr' from ContentsCode");
    assertThat(plan.notes(io.github.livskraft.sdg.Language.NB))
        .containsExactly("fjernet den doble koden 'OljePrisKr' fra ContentsCode");
    assertThat(plan.notes(io.github.livskraft.sdg.Language.NN))
        .containsExactly("fjerna den doble koden 'OljePrisKr' frå ContentsCode");
  }

  @Test
  void unknownVariablesCodesAndMissingMandatoryVariablesAreNamed() {
    QueryPlanner p = new QueryPlanner(800_000, Integer.MAX_VALUE);
    assertThatThrownBy(() -> p.plan(meta12880, DataQuery.of("12880").with(Selection.codes("Region", "0301"))))
        .hasMessageContaining("no variable 'Region'").hasMessageContaining("it has ContentsCode, Tid");
    assertThatThrownBy(() -> p.plan(meta12880, DataQuery.of("12880").with(Selection.codes("ContentsCode", "Nope"))
        .with(Selection.top("Tid", 1)))).hasMessageContaining("'Nope'").hasMessageContaining("unknown code")
        .isInstanceOfSatisfying(PxWebException.class, e -> assertThat(e.getMessage(io.github.livskraft.sdg.Language.NB))
            .contains("ukjent kode 'Nope' i tabell 12880, variabel ContentsCode; forventet en av"));
    assertThatThrownBy(() -> p.plan(meta12880, DataQuery.of("12880").with(Selection.top("Tid", 1))))
        .isInstanceOfSatisfying(PxWebException.class,
            e -> assertThat(e.kind()).isEqualTo(PxWebException.Kind.MISSING_MANDATORY_VARIABLE))
        .hasMessageContaining("ContentsCode");
    assertThatThrownBy(() -> p.plan(meta12880, DataQuery.of("12880").with(Selection.all("ContentsCode"))
        .with(Selection.range("Tid", "2000", "1999")))).hasMessageContaining("reversed");
  }

  @Test
  void aKostraSizedQueryIsSplitUnder800000Cells() {
    // 839 region codes (like 13526) × 110 contents × 10 years = 922,900 cells
    TableMetadata big = region(839, 10, 110);
    QueryPlan plan = QueryPlanner.forApi(ApiVersion.V2, 800_000).plan(big, DataQuery.of("99999")
        .with(Selection.all("Region")).with(Selection.all("ContentsCode")).with(Selection.all("Tid")));
    assertThat(plan.cells()).isEqualTo(922_900);
    assertThat(plan.parts()).hasSize(2);
    assertThat(plan.parts()).allSatisfy(part -> assertThat(QueryPlan.cellsOf(part)).isLessThanOrEqualTo(800_000));
  }

  @Test
  void v1AlsoRespectsTheValueLimit() {
    TableMetadata wide = region(60_000, 1, 1);
    QueryPlan plan = QueryPlanner.forApi(ApiVersion.V1, 800_000).plan(wide, DataQuery.of("99999")
        .with(Selection.all("Region")).with(Selection.all("ContentsCode")).with(Selection.all("Tid")));
    assertThat(plan.parts()).hasSizeGreaterThan(1).allSatisfy(part ->
        assertThat(part.selections().stream().mapToInt(s -> s.values().size()).sum()).isLessThanOrEqualTo(50_000));
  }

  @PropertyTest(cases = 60)
  void partsCoverEveryCellExactlyOnce(Gen g) {
    int regions = g.intBetween(1, 40);
    int years = g.intBetween(1, 12);
    int contents = g.intBetween(1, 6);
    int maxCells = g.intBetween(1, 500);
    TableMetadata m = region(regions, years, contents);
    QueryPlan plan = new QueryPlanner(maxCells, Integer.MAX_VALUE).plan(m, DataQuery.of("99999")
        .with(Selection.all("Region")).with(Selection.all("ContentsCode")).with(Selection.all("Tid")));
    Set<String> seen = new HashSet<>();
    for (DataQuery part : plan.parts()) {
      assertThat(QueryPlan.cellsOf(part)).isLessThanOrEqualTo(Math.max(1, maxCells));
      for (String r : part.selections().get(0).values()) {
        for (String c : part.selections().get(1).values()) {
          for (String t : part.selections().get(2).values()) {
            assertThat(seen.add(r + c + t)).as("cell %s/%s/%s twice", r, c, t).isTrue();
          }
        }
      }
    }
    assertThat(seen).hasSize(regions * years * contents);
  }

  @Test
  void selectionTextIsParsedStrictly() {
    assertThat(Selection.parse("Tid", "top(5)").kind()).isEqualTo(Selection.Kind.TOP);
    assertThat(Selection.parse("Tid", "range(2015,2024)").v2Expressions()).containsExactly("range(2015,2024)");
    assertThat(Selection.parse("Region", "3303, 4005").values()).containsExactly("3303", "4005");
    assertThat(Selection.parse("Region", "33*").kind()).isEqualTo(Selection.Kind.PATTERN);
    assertThatThrownBy(() -> Selection.parse("Tid", "top(x)")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Selection.parse("Tid", "top(5")).hasMessageContaining("Unclosed");
    assertThatThrownBy(() -> Selection.parse("Tid", " , ")).hasMessageContaining("Empty selection");
    assertThatThrownBy(() -> DataQuery.of("12 34")).hasMessageContaining("Invalid table id");
  }

  @Test
  void requestBodiesHaveSsbsShapes() throws Exception {
    DataQuery q = DataQuery.of("07459").with(Selection.codes("Region", "F-03", "F-11", "F-46")
        .withCodelist("agg_KommFylker")).with(Selection.codes("ContentsCode", "Personer1"))
        .with(Selection.top("Tid", 5));
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    // the transcribed v2 body from SSB's documentation, byte for byte in structure
    assertThat(json.readTree(V2StatbankClient.postBody(q)))
        .isEqualTo(json.readTree(StubSsbServer.fixture("pxwebapi-v2_post-body_07459_codelist.TRANSCRIBED.json")));
    DataQuery v1 = DataQuery.of("07459").with(Selection.codes("Region", "F-03", "F-11").withCodelist("agg_KommFylker"))
        .with(Selection.codes("ContentsCode", "Personer1")).with(Selection.all("Tid"));
    assertThat(json.readTree(V1StatbankClient.postBody(v1)))
        .isEqualTo(json.readTree(StubSsbServer.fixture("pxwebapi-v1_post-body_07459_agg.TRANSCRIBED.json")));
  }
}
