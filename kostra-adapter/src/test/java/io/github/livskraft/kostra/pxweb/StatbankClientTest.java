package io.github.livskraft.kostra.pxweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.kostra.FakeTime;
import io.github.livskraft.kostra.RetryPolicy;
import io.github.livskraft.kostra.SsbConnection;
import io.github.livskraft.kostra.StubSsbServer;
import io.github.livskraft.kostra.StubSsbServer.Reply;
import io.github.livskraft.kostra.TestConnections;
import io.github.livskraft.jsonstat.JsonStatDataset;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatbankClientTest {
  private static final String DATA = "/api/pxwebapi/v2/tables/12367/data";
  private StubSsbServer server;
  private final FakeTime time = new FakeTime();
  private final Kostra12367Stub kostra = new Kostra12367Stub();

  @BeforeEach
  void start() {
    server = new StubSsbServer();
    kostra.install(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private StatbankClient v2(SsbConnection.Builder b) {
    return StatbankClient.create(b.build(), ApiVersion.V2);
  }

  private StatbankClient v2() {
    return v2(TestConnections.to(server, time));
  }

  private static DataQuery small() {
    return DataQuery.of("12367")
        .with(Selection.codes("KOKkommuneregion0000", "3001", "EAK"))
        .with(Selection.codes("KOKregnskapsomfa0000", "A"))
        .with(Selection.codes("KOKfunksjon0000", "100"))
        .with(Selection.codes("KOKart0000", "AGD10"))
        .with(Selection.codes("ContentsCode", "KOSbelop0000"))
        .with(Selection.from("Tid", "2019"));
  }

  private static void assertSameCells(JsonStatDataset actual, JsonStatDataset expected) {
    assertThat(actual.ids()).isEqualTo(expected.ids());
    for (int d = 0; d < expected.ids().size(); d++) {
      assertThat(actual.dimensions().get(d).codes()).isEqualTo(expected.dimensions().get(d).codes());
    }
    for (int i = 0; i < expected.cellCount(); i++) {
      assertThat(actual.findValue(i)).as("value of cell %d", i).isEqualTo(expected.findValue(i));
      assertThat(actual.findStatus(i)).as("status of cell %d", i).isEqualTo(expected.findStatus(i));
    }
  }

  @Test
  void smallQueryIsSentAsOneJsonGetAndReturnsTheRecordedCells() {
    StatbankResult r = v2().fetch(small());
    JsonStatDataset expected = kostra.full.select(java.util.Map.of("KOKkommuneregion0000", List.of("EAK", "3001"),
        "KOKregnskapsomfa0000", List.of("A"), "KOKfunksjon0000", List.of("100"), "KOKart0000", List.of("AGD10"),
        "Tid", List.of("2019", "2020")));
    assertSameCells(r.dataset(), expected);
    assertThat(r.plan().parts()).hasSize(1);
    List<StubSsbServer.Request> data = server.requests(DATA);
    assertThat(data).hasSize(1);
    assertThat(data.get(0).method()).isEqualTo("GET");
    assertThat(data.get(0).query()).contains("outputFormat=json-stat2").contains("lang=no");
    assertThat(data.get(0).header("Accept")).contains("application/json");
    assertThat(r.updated()).isEqualTo(Kostra12367Stub.UPDATED);
    assertThat(r.attribution()).isEqualTo("Kilde: Statistisk sentralbyrå, CC BY 4.0");
  }

  @Test
  void aQuerySplitUnderTheCellLimitIsReassembledCellForCell() {
    List<String> progress = new ArrayList<>();
    StatbankResult r = v2(TestConnections.to(server, time).maxCells(100)).fetch(Kostra12367Stub.wholeCube(),
        new ProgressListener() {
          @Override
          public void partDone(int done, int total, long cells, Source source) {
            assertThat(cells).isLessThanOrEqualTo(100);
            progress.add(done + "/" + total + ":" + source);
          }
        });
    assertThat(r.plan().cells()).isEqualTo(1250);
    assertThat(r.plan().parts().size()).isGreaterThanOrEqualTo(13);
    assertThat(server.requests(DATA)).hasSize(r.plan().parts().size());
    assertThat(progress).hasSize(r.plan().parts().size()).last().asString().startsWith(r.plan().parts().size() + "/");
    assertSameCells(r.dataset(), kostra.full);
    assertThat(r.dataset().statusCounts()).isEqualTo(kostra.full.statusCounts());
  }

  /** Issue 17: ids such as ".." reached the URL unvalidated. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"..", ".", "../../admin", "a/b", "12134?x=1", "a%2e", ""})
  void pathSegmentsAreValidatedBeforeTheyReachTheUrl(String id) {
    int before = server.requests().size();
    for (ApiVersion v : ApiVersion.values()) {
      StatbankClient c = StatbankClient.create(TestConnections.to(server, time).build(), v);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.metadata(id))
          .isInstanceOfSatisfying(PxWebException.class, e -> {
            assertThat(e.kind()).isEqualTo(PxWebException.Kind.INVALID_ID);
            assertThat(e.isBadRequest()).isTrue();
            assertThat(e.errorCode()).isEqualTo(io.github.livskraft.kostra.KostraErrorCode.INVALID_ID);
            assertThat(e.getMessage()).startsWith("KOSTRA-0001: Invalid id '" + id + "'");
            assertThat(e.getMessage(io.github.livskraft.sdg.Language.NN)).startsWith("KOSTRA-0001: Ugyldig id");
          });
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new V2StatbankClient(
        TestConnections.to(server, time).build()).codelist(id)).isInstanceOf(PxWebException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> StatbankClient.create(
        TestConnections.to(server, time).build()).codelist(id)).isInstanceOf(PxWebException.class);
    assertThat(server.requests()).hasSize(before);
  }

  @Test
  void aSelectionTooLongForAUrlIsPosted() {
    V2StatbankClient c = new V2StatbankClient(TestConnections.to(server, time).build());
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      many.add(String.format(java.util.Locale.ROOT, "K-%04d", 1000 + i));
    }
    DataQuery q = DataQuery.of("07459").with(Selection.codes("Region", many).withCodelist("agg_KommSummer"))
        .with(Selection.codes("ContentsCode", "Personer1")).with(Selection.codes("Tid", "2024"));
    assertThat(c.getUrl(q).length()).isGreaterThan(2_000);
    server.enqueue("/api/pxwebapi/v2/tables/07459/data", Reply.json(200, "{}"));
    c.requestData(q);
    StubSsbServer.Request req = server.requests("/api/pxwebapi/v2/tables/07459/data").get(0);
    assertThat(req.method()).isEqualTo("POST");
    assertThat(req.header("Content-Type")).startsWith("application/json");
    assertThat(req.bodyText()).contains("\"codelist\":\"agg_KommSummer\"").contains("\"K-1399\"");
  }

  @Test
  void status429WithRetryAfterWaitsAsToldAndPausesTheSharedLimiter() {
    server.enqueue(DATA, Reply.json(429, StubSsbServer.fixture("pxwebapi-v2_error-429_spec-example.SYNTHETIC.json"))
        .withHeader("Retry-After", "7"));
    StatbankResult r = v2().fetch(small());
    assertThat(r.dataset().cellCount()).isEqualTo(4);
    assertThat(time.sleeps()).contains(Duration.ofSeconds(7));
    assertThat(server.requests(DATA)).hasSize(2);
  }

  @Test
  void status429WithoutRetryAfterBacksOffExponentiallyWithJitter() {
    server.enqueue(DATA, Reply.empty(429), Reply.empty(429));
    v2().fetch(small());
    // 2 s then 4 s, jittered to 75 % by the fixed random 0.5 (half of each wait is random)
    assertThat(time.sleeps()).containsSubsequence(Duration.ofMillis(1500), Duration.ofMillis(3000));
  }

  @Test
  void persistent429EndsInATypedErrorWithSsbsMessage() {
    byte[] body = StubSsbServer.fixture("pxwebapi-v2_error-429_spec-example.SYNTHETIC.json");
    for (int i = 0; i < 4; i++) {
      server.enqueue(DATA, Reply.json(429, body));
    }
    assertThatThrownBy(() -> v2().fetch(small()))
        .isInstanceOfSatisfying(PxWebException.class, e -> {
          assertThat(e.kind()).isEqualTo(PxWebException.Kind.RATE_LIMITED);
          assertThat(e.status()).isEqualTo(429);
          assertThat(e.ssbMessage()).get().asString().startsWith("Too many requests");
          assertThat(e.getMessage()).contains("after 4 attempts");
        });
    assertThat(server.requests(DATA)).hasSize(4);
  }

  @Test
  void status503IsRetriedThenSucceeds() {
    server.enqueue(DATA, Reply.empty(503), Reply.text(503, "text/html", "<html>busy</html>"));
    assertThat(v2().fetch(small()).dataset().cellCount()).isEqualTo(4);
    assertThat(server.requests(DATA)).hasSize(3);
  }

  @Test
  void aSlowAnswerTimesOutAndEndsInATimeoutError() {
    SsbConnection.Builder b = TestConnections.to(server, time).requestTimeout(Duration.ofMillis(250))
        .retryPolicy(new RetryPolicy(2, Duration.ofSeconds(1), Duration.ofSeconds(1), 1, 0, Duration.ZERO));
    server.enqueue(DATA, Reply.json(200, "{}").delayed(3_000), Reply.json(200, "{}").delayed(3_000));
    assertThatThrownBy(() -> v2(b).fetch(small()))
        .isInstanceOfSatisfying(PxWebException.class, e -> {
          assertThat(e.kind()).isEqualTo(PxWebException.Kind.TIMEOUT);
          assertThat(e.status()).isZero();
        });
    assertThat(time.sleeps()).contains(Duration.ofSeconds(1));
  }

  @Test
  void aTruncatedBodyIsRetriedAndThenReportedAsANetworkError() {
    byte[] body = StubSsbServer.fixture("pxwebapi-v2_jsonstat2_12134_KOSAG110000_oslo-bergen-trondheim_2024.json");
    for (int i = 0; i < 4; i++) {
      server.enqueue(DATA, Reply.json(200, body).truncated());
    }
    assertThatThrownBy(() -> v2().fetch(small()))
        .isInstanceOfSatisfying(PxWebException.class, e ->
            assertThat(e.kind()).isEqualTo(PxWebException.Kind.NETWORK));
    assertThat(server.requests(DATA)).hasSize(4);
  }

  @Test
  void aCompleteButCutOffJsonDocumentIsAMalformedResponse() {
    String body = new String(StubSsbServer.fixture(
        "pxwebapi-v2_jsonstat2_12134_KOSAG110000_oslo-bergen-trondheim_2024.json"), java.nio.charset.StandardCharsets.UTF_8);
    server.enqueue(DATA, Reply.json(200, body.substring(0, body.length() / 2)));
    assertThatThrownBy(() -> v2().fetch(small()))
        .isInstanceOfSatisfying(PxWebException.class, e -> {
          assertThat(e.kind()).isEqualTo(PxWebException.Kind.MALFORMED_RESPONSE);
          assertThat(e.getCause()).isInstanceOf(io.github.livskraft.jsonstat.JsonStatException.class);
        });
  }

  @Test
  void aNonJsonErrorPageIsStillATypedFailureWithItsTitle() {
    server.enqueue(DATA, Reply.text(404, "text/html",
        "<html><head><title>404 - File or directory not found.</title></head><body>IIS</body></html>"));
    assertThatThrownBy(() -> v2().fetch(small()))
        .isInstanceOfSatisfying(PxWebException.class, e -> {
          assertThat(e.kind()).isEqualTo(PxWebException.Kind.NOT_FOUND);
          assertThat(e.ssbMessage()).contains("404 - File or directory not found.");
          assertThat(e.getMessage()).contains("URL was too long");
        });
  }

  @ParameterizedTest
  @CsvSource({
      "pxwebapi-v2_error_kommune-uten-data.REAL.json, NON_EXISTENT_VALUE, Non-existent value",
      "pxwebapi-v2_error_ugyldig-contentscode.REAL.json, NON_EXISTENT_VALUE, Non-existent value",
      "pxwebapi-v2_error_ugyldig-kommune-kode.REAL.json, NON_EXISTENT_VALUE, Non-existent value",
      "pxwebapi-v2_error_manglende-mandatory.REAL.json, MISSING_MANDATORY_VARIABLE, Missing selection for mandantory variable",
      "pxwebapi-v2_error_ugyldig-tabell-id.REAL.json, NON_EXISTENT_TABLE, Non-existent table",
      "pxwebapi-v2_error-400_too-many-cells.SYNTHETIC.json, TOO_MANY_CELLS, Too many cells selected"})
  void realSsbErrorBodiesBecomeTypedErrors(String file, PxWebException.Kind kind, String message) {
    server.enqueue(DATA, Reply.json(400, StubSsbServer.fixture(file)));
    assertThatThrownBy(() -> v2().fetch(small()))
        .isInstanceOfSatisfying(PxWebException.class, e -> {
          assertThat(e.kind()).isEqualTo(kind);
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.ssbMessage()).contains(message);
          assertThat(e.isBadRequest()).isTrue();
          assertThat(e.getMessage()).contains("SSB answered HTTP 400");
          assertThat(e.getMessage(io.github.livskraft.sdg.Language.NN)).contains("SSB svarte HTTP 400")
              .doesNotContain("answered");
        });
    assertThat(server.requests(DATA)).hasSize(1); // a bad request is not retried
  }

  @ParameterizedTest
  @CsvSource({
      "400, pxwebapi-v1_error-400_parameter-error.SYNTHETIC.json, PARAMETER_ERROR",
      "400, pxwebapi-v1_error-400_variable-error.SYNTHETIC.json, NON_EXISTENT_VALUE",
      "403, pxwebapi-v1_error-403_too-many-values.SYNTHETIC.json, TOO_MANY_CELLS"})
  void v1ErrorBodiesBecomeTypedErrors(int status, String file, PxWebException.Kind kind) {
    server.enqueue("/api/v0/no/table/12367", Reply.json(status, StubSsbServer.fixture(file)));
    StatbankClient v1 = StatbankClient.create(TestConnections.to(server, time).build(), ApiVersion.V1);
    assertThatThrownBy(() -> v1.metadata("12367"))
        .isInstanceOfSatisfying(PxWebException.class, e -> assertThat(e.kind()).isEqualTo(kind));
  }

  @Test
  void status500WithAnEmptyBodyExplainsTheDuplicateCodeCase() {
    server.enqueue(DATA, Reply.empty(500));
    assertThatThrownBy(() -> v2().fetch(small()))
        .isInstanceOfSatisfying(PxWebException.class, e -> {
          assertThat(e.kind()).isEqualTo(PxWebException.Kind.SERVER_ERROR);
          assertThat(e.getMessage()).contains("duplicate code");
        });
  }

  @Test
  void anUnreachableHostFailsAtOnceWithAClearMessage() {
    StubSsbServer dead = new StubSsbServer();
    URI root = dead.root();
    dead.close();
    StatbankClient c = StatbankClient.create(TestConnections.to(server, time).baseUri(root).build());
    assertThatThrownBy(() -> c.metadata("12367"))
        .isInstanceOfSatisfying(PxWebException.class, e -> {
          assertThat(e.kind()).isEqualTo(PxWebException.Kind.NETWORK);
          assertThat(e.getMessage()).contains("cannot reach SSB").contains("--offline");
        });
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void unknownCodesAreRejectedBeforeAnythingIsSent() {
    DataQuery bad = small().with(Selection.codes("KOKkommuneregion0000", "3001", "9999"));
    assertThatThrownBy(() -> v2().fetch(bad))
        .isInstanceOfSatisfying(PxWebException.class, e -> {
          assertThat(e.kind()).isEqualTo(PxWebException.Kind.INVALID_QUERY);
          assertThat(e.getMessage()).contains("'9999'").contains("KOKkommuneregion0000").contains("12367");
        });
    assertThat(server.requests(DATA)).isEmpty();
  }

  @Test
  void duplicateCodesAreRemovedBeforeSending() {
    DataQuery dup = small().with(Selection.codes("KOKkommuneregion0000", "3001", "3001", "eak"));
    StatbankResult r = v2().fetch(dup);
    assertThat(r.plan().notes()).anyMatch(n -> n.contains("duplicate"));
    assertThat(r.dataset().dimension("KOKkommuneregion0000").codes()).containsExactly("EAK", "3001");
  }

  @Test
  void v2FallsBackToV1WhenV2IsUnavailable() {
    for (int i = 0; i < 4; i++) {
      server.enqueue("/api/pxwebapi/v2/tables/12367/metadata", Reply.empty(503));
    }
    StatbankClient c = StatbankClient.create(TestConnections.to(server, time).build());
    StatbankResult r = c.fetch(small());
    assertThat(r.metadata().api()).isEqualTo(ApiVersion.V1);
    assertThat(r.dataset().cellCount()).isEqualTo(4);
    StubSsbServer.Request post = server.requests("/api/v0/no/table/12367").stream()
        .filter(q -> q.method().equals("POST")).findFirst().orElseThrow();
    assertThat(post.bodyText()).contains("\"format\":\"json-stat2\"").contains("\"filter\":\"item\"");
  }

  @Test
  void badQueriesDoNotFallBack() {
    server.enqueue("/api/pxwebapi/v2/tables/99999/metadata",
        Reply.json(400, StubSsbServer.fixture("pxwebapi-v2_error_ugyldig-tabell-id.REAL.json")));
    StatbankClient c = StatbankClient.create(TestConnections.to(server, time).build());
    assertThatThrownBy(() -> c.metadata("99999")).isInstanceOfSatisfying(PxWebException.class,
        e -> assertThat(e.kind()).isEqualTo(PxWebException.Kind.NON_EXISTENT_TABLE));
    assertThat(server.requests("/api/v0/")).isEmpty();
  }

  @Test
  void v1MetadataOfTheRealTable12880IsRead() {
    server.enqueue("/api/v0/no/table/12880", Reply.json(200, StubSsbServer.fixture("pxwebapi-v1_metadata_12880.json")));
    TableMetadata m = StatbankClient.create(TestConnections.to(server, time).build(), ApiVersion.V1)
        .metadata("12880");
    assertThat(m.codes()).containsExactly("ContentsCode", "Tid");
    assertThat(m.variable("Tid").size()).isEqualTo(38);
    assertThat(m.timeVariable()).get().extracting(Variable::code).isEqualTo("Tid");
    assertThat(m.contentsVariable().orElseThrow().findValue("OljePrisKr")).isPresent();
  }
}
