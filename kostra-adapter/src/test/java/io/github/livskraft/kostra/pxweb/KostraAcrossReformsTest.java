package io.github.livskraft.kostra.pxweb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.municipalities.Region;
import io.github.livskraft.indicators.series.ObservationStatus;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.kostra.FakeTime;
import io.github.livskraft.kostra.StubSsbServer;
import io.github.livskraft.kostra.StubSsbServer.Reply;
import io.github.livskraft.kostra.TestConnections;
import io.github.livskraft.jsonstat.JsonStatDataset;
import io.github.livskraft.jsonstat.JsonStatReader;
import io.github.livskraft.jsonstat.JsonStatWriter;
import io.github.livskraft.kostra.klass.HarmonisationResult;
import io.github.livskraft.kostra.klass.HarmonisedSeries;
import io.github.livskraft.municipalities.MunicipalityRegistry;
import io.github.livskraft.kostra.klass.SeriesHarmoniser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End to end with real KOSTRA numbers (SSB table 13502, share of children aged 1–2 in kindergarten, Kilde:
 * Statistisk sentralbyrå, CC BY 4.0): the table lists old (0604, "-2019") and new (3006) codes side by side with
 * "." where a code did not exist. The stub serves them as a KOSTRA v2 answer; the client fetches every code of the
 * seven municipalities' renumbering chains, the bridge makes series, and the harmoniser joins them under the 2024
 * codes.
 */
class KostraAcrossReformsTest {
  private StubSsbServer server;
  private final FakeTime time = new FakeTime();
  private JsonStatDataset table;

  /** The real rows as a JSON-stat 2.0 answer shaped like SSB's KOSTRA answers (no geo role, status "."). */
  private static String asJsonStat() {
    String csv = new String(StubSsbServer.fixture("ssb-13502_KOSandel120000_kongsbergregionen_2015-2023.csv"),
        StandardCharsets.UTF_8);
    Map<String, String> regions = new LinkedHashMap<>();
    Map<String, String> cells = new LinkedHashMap<>();
    for (String line : csv.lines().skip(1).toList()) {
      String[] f = line.split(",");
      regions.putIfAbsent(f[1], f[0].substring(5));
      cells.put(f[1] + "|" + f[2], f[4]);
    }
    var json = Kostra12367Stub.JSON;
    ObjectNode root = json.createObjectNode();
    root.put("version", "2.0").put("class", "dataset")
        .put("label", "13502: Utvalgte nøkkeltall for barnehager (K)").put("source", "Statistisk sentralbyrå")
        .put("updated", "2024-06-17T06:00:00Z");
    root.putArray("id").add("KOKkommuneregion0000").add("ContentsCode").add("Tid");
    root.putArray("size").add(regions.size()).add(1).add(9);
    ObjectNode role = root.putObject("role");
    role.putArray("time").add("Tid");
    role.putArray("metric").add("ContentsCode");
    ObjectNode dims = root.putObject("dimension");
    ObjectNode reg = dims.putObject("KOKkommuneregion0000").put("label", "region").putObject("category");
    ArrayNode regIndex = reg.putArray("index");
    ObjectNode regLabel = reg.putObject("label");
    regions.forEach((c, l) -> {
      regIndex.add(c);
      regLabel.put(c, l);
    });
    ObjectNode contents = dims.putObject("ContentsCode").put("label", "statistikkvariabel").putObject("category");
    contents.putArray("index").add("KOSandel120000");
    contents.putObject("label").put("KOSandel120000", "Andel barn 1-2 år i barnehage (prosent)");
    contents.putObject("unit").putObject("KOSandel120000").put("base", "prosent").put("decimals", 1);
    ObjectNode tid = dims.putObject("Tid").put("label", "år").putObject("category");
    ArrayNode tidIndex = tid.putArray("index");
    for (int y = 2015; y <= 2023; y++) {
      tidIndex.add(Integer.toString(y));
    }
    ArrayNode value = root.putArray("value");
    ObjectNode status = root.putObject("status");
    int i = 0;
    for (String r : regions.keySet()) {
      for (int y = 2015; y <= 2023; y++, i++) {
        String v = cells.get(r + "|" + y);
        if (".".equals(v)) {
          value.addNull();
          status.put(Integer.toString(i), ".");
        } else {
          value.add(Double.parseDouble(v));
        }
      }
    }
    return root.toString();
  }

  @BeforeEach
  void start() {
    table = JsonStatReader.create().readDataset(asJsonStat().getBytes(StandardCharsets.UTF_8));
    server = new StubSsbServer();
    String base = "/api/pxwebapi/v2/tables/13502";
    server.on(base + "/metadata", r -> Reply.json(200, JsonStatWriter.create().toJson(table)));
    server.on(base + "/data", r -> Reply.json(200,
        JsonStatWriter.create().toJson(table.select(Kostra12367Stub.v2Selection(r)))));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void sevenMunicipalitiesBecomeSevenUnbrokenSeriesUnderThe2024Codes() {
    MunicipalityRegistry reg = MunicipalityRegistry.bundled();
    StatbankClient statbank = StatbankClient.create(TestConnections.to(server, time).build(), ApiVersion.V2);
    Variable region = statbank.metadata("13502").regionVariable().orElseThrow();
    List<String> codes = new ArrayList<>();
    for (MunicipalityCode m : Region.kongsbergregionen().members()) {
      reg.renumberingChain(m).stream().map(MunicipalityCode::value)
          .filter(c -> region.findValue(c).isPresent()).forEach(codes::add); // 3303 etc. are not in this export
    }
    assertThat(codes).hasSize(14);
    StatbankResult r = statbank.fetch(DataQuery.of("13502")
        .with(Selection.codes(region.code(), codes))
        .with(Selection.codes("ContentsCode", "KOSandel120000"))
        .with(Selection.range("Tid", "2015", "2023")));
    List<SsbSeries> series = SeriesBridge.toSeries(r);
    assertThat(series).hasSize(14);

    HarmonisationResult h = new SeriesHarmoniser(reg).harmoniseSsb(series, 2024, SeriesHarmoniser.Policy.FAIL);
    assertThat(h.issues()).isEmpty(); // the "." cells of the code not valid that year are not conflicts
    assertThat(h.series()).extracting(s -> s.series().region().key())
        .containsExactlyInAnyOrder("3303", "3334", "3336", "3338", "4005", "4024", "4026");
    HarmonisedSeries kongsberg = h.series().stream().filter(s -> s.series().region().key().equals("3303"))
        .findFirst().orElseThrow();
    assertThat(kongsberg.series().observations()).allMatch(o -> o.status() == ObservationStatus.OK);
    assertThat(kongsberg.series().observations().stream().map(o -> o.getValue()).toList())
        .containsExactly(88.1, 92.9, 89.6, 87.5, 90.9, 92.1, 93.8, 89.1, 91.3);
    assertThat(kongsberg.sourceCodes().get(Period.year(2019)).value()).isEqualTo("0604");
    assertThat(kongsberg.sourceCodes().get(Period.year(2020)).value()).isEqualTo("3006");
    assertThat(kongsberg.series().unit()).isEqualTo("prosent");
    assertThat(kongsberg.series().decimals()).isEqualTo(1);
    assertThat(kongsberg.series().provenance().updated()).contains("2024-06-17T06:00:00Z");
    HarmonisedSeries hjartdal = h.series().stream().filter(s -> s.series().region().key().equals("4024"))
        .findFirst().orElseThrow();
    assertThat(hjartdal.series().at(Period.year(2015)).getValue()).isEqualTo(71.4);
    assertThat(hjartdal.series().at(Period.year(2022)).getValue()).isEqualTo(88.0);
  }
}
