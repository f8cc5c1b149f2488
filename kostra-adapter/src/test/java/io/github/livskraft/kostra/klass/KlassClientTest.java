package io.github.livskraft.kostra.klass;

import io.github.livskraft.municipalities.CodeChange;
import io.github.livskraft.municipalities.MunicipalityRegistry;
import io.github.livskraft.municipalities.ClassificationCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.kostra.FakeTime;
import io.github.livskraft.kostra.SsbConnection;
import io.github.livskraft.kostra.StubSsbServer;
import io.github.livskraft.kostra.StubSsbServer.Reply;
import io.github.livskraft.kostra.TestConnections;
import io.github.livskraft.kostra.UpdatePolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KlassClientTest {
  private static final String CODES_AT = "/api/klass/v1/classifications/131/codesAt";
  private static final String CHANGES = "/api/klass/v1/classifications/131/changes";
  @TempDir Path cacheDir;
  private StubSsbServer server;
  private final FakeTime time = new FakeTime();

  @BeforeEach
  void start() {
    server = new StubSsbServer();
    server.on(CODES_AT, r -> Reply.json(200, StubSsbServer.fixture("klass-131_codesAt_2026-01-01_nb.json")));
    server.on(CHANGES, r -> Reply.json(200,
        StubSsbServer.fixture("klass-131_changes_kongsbergregionen_2019-2025.SYNTHETIC.json")));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void codesAtAsksForJsonAndReadsTheRealAnswer() {
    KlassClient c = KlassClient.create(TestConnections.to(server, time).build());
    List<ClassificationCode> codes = c.codesAt(131, LocalDate.of(2026, 1, 1));
    assertThat(codes).hasSize(358);
    assertThat(codes).filteredOn(x -> x.code().equals("3303")).singleElement()
        .extracting(ClassificationCode::name).isEqualTo("Kongsberg");
    StubSsbServer.Request req = server.requests(CODES_AT).get(0);
    assertThat(req.header("Accept")).isEqualTo("application/json");
    assertThat(req.query()).isEqualTo("date=2026-01-01&language=nb");
  }

  @Test
  void changesAreReadAndFeedALiveRegistry() {
    server.on("/api/klass/v1/classifications/131/codes", r -> Reply.json(200, KlassWriter.codes(List.of(
        code("3006", "Kongsberg", "2020-01-01", "2024-01-01"), code("3303", "Kongsberg", "2024-01-01", null),
        code("0604", "Kongsberg", "2019-01-01", "2020-01-01")))));
    KlassClient c = KlassClient.create(TestConnections.to(server, time).build());
    List<CodeChange> changes = c.changes(131, LocalDate.of(2019, 1, 1), LocalDate.of(2025, 1, 1));
    assertThat(changes).hasSize(14);
    MunicipalityRegistry reg = c.municipalityRegistry(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 1, 1));
    assertThat(reg.resolve(MunicipalityCode.parse("0604"), LocalDate.of(2024, 6, 1)).targetCode().value())
        .isEqualTo("3303");
    assertThat(server.requests(CHANGES).get(0).query()).contains("from=2019-01-01").contains("to=2025-01-01");
  }

  private static ClassificationCode code(String code, String name, String from, String to) {
    return new ClassificationCode(code, java.util.Optional.empty(), "1", name, "", "",
        java.util.Optional.of(LocalDate.parse(from)), java.util.Optional.ofNullable(to).map(LocalDate::parse), "");
  }

  @Test
  void anXmlAnswerIsATypedError() {
    server.enqueue(CODES_AT, Reply.text(200, "application/xml", "<codeList><code>3303</code></codeList>"));
    KlassClient c = KlassClient.create(TestConnections.to(server, time).build());
    assertThatThrownBy(() -> c.codesAt(131, LocalDate.of(2026, 1, 1)))
        .isInstanceOfSatisfying(KlassException.class, e -> {
          assertThat(e.getMessage()).startsWith("SSB-0016: ").contains("MUN-0010: ").contains("not JSON");
          // the municipalities module's code and detail survive the wrapping, in the reader's language
          assertThat(e.getCause()).isInstanceOf(io.github.livskraft.municipalities.MunicipalityException.class);
          assertThat(e.getMessage(io.github.livskraft.sdg.Language.NN)).startsWith("SSB-0016: KLASS svikta: ")
              .contains("MUN-0010: KLASS-svaret").contains("er ikkje JSON");
        });
  }

  @Test
  void httpErrorsCarryStatusAndBody() {
    server.enqueue(CODES_AT, Reply.json(400, "{\"error\":\"date must be yyyy-MM-dd\"}"));
    KlassClient c = KlassClient.create(TestConnections.to(server, time).build());
    assertThatThrownBy(() -> c.codesAt(131, LocalDate.of(2026, 1, 1))).isInstanceOf(KlassException.class)
        .hasMessageContaining("HTTP 400").hasMessageContaining("yyyy-MM-dd");
  }

  @Test
  void cachedAnswersServeOfflineAndBundledDataFillsTheRest() {
    SsbConnection online = TestConnections.cached(server, time, cacheDir).build();
    KlassClient.create(online).codesAt(131, LocalDate.of(2026, 1, 1));
    server.close();
    KlassClient offline = KlassClient.create(online.toBuilder().updatePolicy(UpdatePolicy.OFFLINE_ONLY).build());
    assertThat(offline.codesAt(131, LocalDate.of(2026, 1, 1))).hasSize(358);
    // not cached, but in the bundled snapshot
    List<ClassificationCode> y2022 = offline.codesAt(131, LocalDate.of(2022, 1, 1));
    assertThat(y2022).hasSize(356).anyMatch(x -> x.code().equals("3006"));
    assertThat(offline.codesAt(104, LocalDate.of(2021, 6, 1))).hasSize(12);
    // offline, the bundled national change history answers: all 2019-2024 changes, the 14 Kongsbergregionen
    // renumberings among them
    List<CodeChange> changes = offline.changes(131, LocalDate.of(2019, 1, 1), LocalDate.of(2025, 1, 1));
    assertThat(changes).hasSameSizeAs(MunicipalityRegistry.bundled().changes(LocalDate.of(2019, 1, 1),
        LocalDate.of(2025, 1, 1))).hasSizeGreaterThan(400);
    assertThat(changes).anyMatch(c -> c.oldCode().equals(java.util.Optional.of("0604"))
        && c.newCode().equals(java.util.Optional.of("3006")));
    assertThatThrownBy(() -> offline.codesAt(131, LocalDate.of(2010, 1, 1))).isInstanceOf(KlassException.class)
        .hasMessageContaining("offline mode")
        .isInstanceOfSatisfying(KlassException.class, e -> assertThat(e.getMessage(
            io.github.livskraft.sdg.Language.NN)).contains("fråkopla modus").contains("classifications/"));
  }

  @Test
  void aFreshCacheAvoidsTheNetwork() {
    SsbConnection conn = TestConnections.cached(server, time, cacheDir).build();
    KlassClient.create(conn).codesAt(131, LocalDate.of(2026, 1, 1));
    time.advance(Duration.ofMinutes(10));
    KlassClient.create(conn).codesAt(131, LocalDate.of(2026, 1, 1));
    assertThat(server.requests(CODES_AT)).hasSize(1);
  }

  @Test
  void emptyRangesAreRejected() {
    KlassClient c = KlassClient.create(TestConnections.to(server, time).build());
    assertThatThrownBy(() -> c.changes(131, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1)))
        .isInstanceOf(KlassException.class).hasMessageContaining("empty range")
        .isInstanceOfSatisfying(KlassException.class, e -> assertThat(e.getMessage(
            io.github.livskraft.sdg.Language.NN)).contains("tomt intervall").contains("må vere etter"));
  }
}
