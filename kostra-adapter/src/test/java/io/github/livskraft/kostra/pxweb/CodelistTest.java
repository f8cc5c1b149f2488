package io.github.livskraft.kostra.pxweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.kostra.FakeTime;
import io.github.livskraft.kostra.StubSsbServer;
import io.github.livskraft.kostra.StubSsbServer.Reply;
import io.github.livskraft.kostra.TestConnections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Codelists ({@code agg_}/{@code vs_}) on v2. The metadata and codelist bodies here are hand-written in SSB's v2
 * shape (test data: two K-codes only, no numbers); they exercise validation and request shape.
 */
class CodelistTest {
  private static final String META = """
      {"version":"2.0","class":"dataset","label":"07459: Befolkning (test shape)","updated":"2025-02-21T07:00:00Z",
       "id":["Region","ContentsCode","Tid"],"size":[2,1,2],"role":{"time":["Tid"],"metric":["ContentsCode"]},
       "dimension":{
        "Region":{"label":"region","category":{"index":{"3303":0,"3006":1},"label":{"3303":"Kongsberg","3006":"Kongsberg (2020-2023)"}},
          "extension":{"elimination":true,"codelists":[{"id":"agg_KommSummer","label":"Kommuner (summert)","type":"Aggregation"},
          {"id":"vs_Kommun","label":"Kommuner","type":"Valueset"}]}},
        "ContentsCode":{"label":"statistikkvariabel","category":{"index":{"Personer1":0},"label":{"Personer1":"Personer"},
          "unit":{"Personer1":{"base":"personer","decimals":0}}},"extension":{"elimination":false}},
        "Tid":{"label":"år","category":{"index":{"2023":0,"2024":1}},"extension":{"elimination":false}}},
       "value":[]}""";
  private static final String CODELIST = """
      {"id":"agg_KommSummer","label":"Kommuner (summert)","type":"Aggregation","values":[
       {"code":"K-3303","label":"Kongsberg","valueMap":["0604","3006","3303"]},
       {"code":"K-4005","label":"Notodden","valueMap":["0807","3808","4005"]}]}""";
  private StubSsbServer server;
  private final FakeTime time = new FakeTime();

  @BeforeEach
  void start() {
    server = new StubSsbServer();
    server.on("/api/pxwebapi/v2/tables/07459/metadata", r -> Reply.json(200, META));
    server.on("/api/pxwebapi/v2/codelists/agg_KommSummer", r -> Reply.json(200, CODELIST));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void metadataReadsCodelistsUnitsAndElimination() {
    TableMetadata m = StatbankClient.create(TestConnections.to(server, time).build(), ApiVersion.V2).metadata("07459");
    Variable region = m.variable("Region");
    assertThat(region.eliminable()).isTrue();
    assertThat(region.codelists()).extracting(CodelistRef::id).containsExactly("agg_KommSummer", "vs_Kommun");
    assertThat(region.codelists().get(0).v1Filter()).isEqualTo("agg:KommSummer");
    assertThat(region.codelists().get(1).isAggregation()).isFalse();
    assertThat(m.variable("ContentsCode").units().get("Personer1").base()).isEqualTo("personer");
    assertThat(m.timeVariable().orElseThrow().code()).isEqualTo("Tid");
    assertThat(m.updated()).isEqualTo("2025-02-21T07:00:00Z");
  }

  @Test
  void codesThroughACodelistAreValidatedAgainstItsValues() {
    StatbankClient c = StatbankClient.create(TestConnections.to(server, time).build(), ApiVersion.V2);
    Codelist cl = c.codelist("agg_KommSummer");
    assertThat(cl.findValue("K-3303").orElseThrow().valueMap()).containsExactly("0604", "3006", "3303");
    DataQuery ok = DataQuery.of("07459").with(Selection.codes("Region", "K-4005", "K-3303")
        .withCodelist("agg_KommSummer")).with(Selection.codes("ContentsCode", "Personer1"))
        .with(Selection.top("Tid", 1));
    QueryPlan plan = c.plan(ok);
    assertThat(plan.parts().get(0).selections().get(0).values()).containsExactly("K-3303", "K-4005");
    assertThat(plan.parts().get(0).selections().get(0).codelist()).contains("agg_KommSummer");
    assertThatThrownBy(() -> c.plan(ok.with(Selection.codes("Region", "3303").withCodelist("agg_KommSummer"))))
        .isInstanceOfSatisfying(PxWebException.class,
            e -> assertThat(e.kind()).isEqualTo(PxWebException.Kind.INVALID_QUERY))
        .hasMessageContaining("'3303'").hasMessageContaining("agg_KommSummer");
    assertThatThrownBy(() -> c.plan(ok.with(Selection.all("Region").withCodelist("agg_Nope"))))
        .hasMessageContaining("no codelist 'agg_Nope'");
    // all K-codes through the codelist, and the GET form carries codelist[Region]
    QueryPlan all = c.plan(ok.with(Selection.all("Region").withCodelist("agg_KommSummer")));
    assertThat(all.cells()).isEqualTo(2);
    String url = new V2StatbankClient(TestConnections.to(server, time).build()).getUrl(all.parts().get(0));
    assertThat(url).contains("codelist%5BRegion%5D=agg_KommSummer").contains("valueCodes%5BRegion%5D=K-3303%2CK-4005");
  }

  @Test
  void v1HasNoCodelistEndpoint() {
    StatbankClient v1 = StatbankClient.create(TestConnections.to(server, time).build(), ApiVersion.V1);
    assertThatThrownBy(() -> v1.codelist("agg_KommSummer")).isInstanceOfSatisfying(PxWebException.class,
        e -> assertThat(e.kind()).isEqualTo(PxWebException.Kind.UNSUPPORTED)).hasMessageContaining("agg:KommSummer");
  }
}
