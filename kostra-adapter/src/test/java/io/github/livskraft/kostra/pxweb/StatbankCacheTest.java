package io.github.livskraft.kostra.pxweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.kostra.FakeTime;
import io.github.livskraft.kostra.SsbConnection;
import io.github.livskraft.kostra.StubSsbServer;
import io.github.livskraft.kostra.TestConnections;
import io.github.livskraft.kostra.UpdatePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatbankCacheTest {
  private static final String DATA = "/api/pxwebapi/v2/tables/12367/data";
  private static final String INFO = "/api/pxwebapi/v2/tables/12367";
  @TempDir Path cacheDir;
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

  private StatbankClient client(UpdatePolicy policy) {
    return StatbankClient.create(TestConnections.cached(server, time, cacheDir).updatePolicy(policy)
        .maxAge(Duration.ofHours(1)).build(), ApiVersion.V2);
  }

  private static DataQuery query() {
    return DataQuery.of("12367")
        .with(Selection.codes("KOKkommuneregion0000", "3001"))
        .with(Selection.codes("KOKregnskapsomfa0000", "A", "B"))
        .with(Selection.codes("KOKfunksjon0000", "100"))
        .with(Selection.codes("KOKart0000", "AGD10"))
        .with(Selection.codes("ContentsCode", "KOSbelop0000"))
        .with(Selection.all("Tid"));
  }

  private long dataRequests() {
    return server.requests(DATA).size();
  }

  private long infoRequests() {
    return server.requests().stream().filter(r -> r.path().equals(INFO)).count();
  }

  @Test
  void aFreshCachedAnswerIsUsedWithoutAskingSsb() {
    StatbankResult first = client(UpdatePolicy.USE_IF_FRESH).fetch(query());
    time.advance(Duration.ofMinutes(30));
    StatbankResult second = client(UpdatePolicy.USE_IF_FRESH).fetch(query());
    assertThat(dataRequests()).isEqualTo(1);
    assertThat(first.sources()).containsExactly(ProgressListener.Source.NETWORK);
    assertThat(second.sources()).containsExactly(ProgressListener.Source.CACHE);
    assertThat(second.dataset()).isEqualTo(first.dataset());
  }

  @Test
  void anOldEntryIsKeptWhileTheTablesUpdatedStampIsUnchanged() {
    client(UpdatePolicy.USE_IF_FRESH).fetch(query());
    time.advance(Duration.ofHours(5));
    StatbankResult again = client(UpdatePolicy.USE_IF_FRESH).fetch(query());
    assertThat(infoRequests()).isEqualTo(1);
    assertThat(dataRequests()).isEqualTo(1);
    assertThat(again.sources()).containsExactly(ProgressListener.Source.CACHE);
  }

  @Test
  void aNewUpdatedStampAtSsbRefetches() {
    client(UpdatePolicy.USE_IF_FRESH).fetch(query());
    time.advance(Duration.ofHours(5));
    kostra.updated = "2021-06-15T06:00:00Z"; // the revised June edition
    StatbankResult again = client(UpdatePolicy.USE_IF_FRESH).fetch(query());
    assertThat(dataRequests()).isEqualTo(2);
    assertThat(again.sources()).containsExactly(ProgressListener.Source.NETWORK);
  }

  @Test
  void alwaysRefreshIgnoresTheCache() {
    client(UpdatePolicy.ALWAYS_REFRESH).fetch(query());
    client(UpdatePolicy.ALWAYS_REFRESH).fetch(query());
    assertThat(dataRequests()).isEqualTo(2);
  }

  @Test
  void offlineOnlyServesTheCacheWithTheServerGone() {
    StatbankResult online = client(UpdatePolicy.USE_IF_FRESH).fetch(query());
    server.close();
    time.advance(Duration.ofDays(30));
    StatbankResult offline = client(UpdatePolicy.OFFLINE_ONLY).fetch(query());
    assertThat(offline.dataset()).isEqualTo(online.dataset());
    assertThat(offline.sources()).containsExactly(ProgressListener.Source.CACHE);
  }

  @Test
  void aDamagedCacheEntryIsAMissNotAWrongAnswer() throws IOException {
    client(UpdatePolicy.USE_IF_FRESH).fetch(query());
    try (Stream<Path> files = Files.list(cacheDir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".body")).toList()) {
        Files.writeString(p, "{\"broken\":");
      }
    }
    StatbankResult again = client(UpdatePolicy.USE_IF_FRESH).fetch(query());
    assertThat(again.sources()).containsExactly(ProgressListener.Source.NETWORK);
    assertThat(dataRequests()).isEqualTo(2);
  }

  @Test
  void offlineWithoutCacheServesTheBundledSnapshotCutToTheSelection() {
    SsbConnection c = SsbConnection.builder().updatePolicy(UpdatePolicy.OFFLINE_ONLY).build();
    StatbankClient offline = StatbankClient.create(c);
    DataQuery q = DataQuery.of("12134")
        .with(Selection.codes("KOKkommuneregion0000", "5001", "0301"))
        .with(Selection.codes("ContentsCode", "KOSAG110000"))
        .with(Selection.codes("Tid", "2024"));
    StatbankResult r = offline.fetch(q);
    assertThat(r.fromBundledSnapshot()).isTrue();
    assertThat(r.dataset().dimension("KOKkommuneregion0000").codes()).containsExactly("0301", "5001");
    assertThat(r.dataset().value(r.dataset().index("0301", "KOSAG110000", "2024"))).isEqualTo(81240);
    assertThat(r.dataset().value(r.dataset().index("5001", "KOSAG110000", "2024"))).isEqualTo(62853);
    assertThat(r.updated()).isEqualTo("2026-03-16T07:00:00Z");
    assertThat(offline.metadata("12134").label()).contains("bundled offline snapshot");
  }

  @Test
  void offlineWithNothingToServeSaysSoAndNamesTheBundledTables() {
    StatbankClient offline = StatbankClient.create(SsbConnection.builder()
        .updatePolicy(UpdatePolicy.OFFLINE_ONLY).build());
    DataQuery q = DataQuery.of("12134")
        .with(Selection.codes("KOKkommuneregion0000", "3303"))
        .with(Selection.codes("ContentsCode", "KOSAG110000"))
        .with(Selection.codes("Tid", "2024"));
    assertThatThrownBy(() -> offline.fetch(q)).isInstanceOfSatisfying(PxWebException.class, e -> {
      assertThat(e.kind()).isEqualTo(PxWebException.Kind.NOT_AVAILABLE_OFFLINE);
      assertThat(e.getMessage()).contains("12134");
    });
    assertThatThrownBy(() -> offline.metadata("07459")).isInstanceOfSatisfying(PxWebException.class,
        e -> assertThat(e.getMessage()).contains("bundled tables: 03024, 12134, 12367"));
  }

  @Test
  void theCacheLivesInTheGivenDirectoryOnly() throws IOException {
    client(UpdatePolicy.USE_IF_FRESH).fetch(query());
    try (Stream<Path> files = Files.list(cacheDir)) {
      List<String> names = files.map(p -> p.getFileName().toString()).toList();
      assertThat(names).anyMatch(n -> n.endsWith(".body")).anyMatch(n -> n.endsWith(".meta"))
          .noneMatch(n -> n.endsWith(".tmp"));
    }
  }
}
