package io.github.livskraft.kostra.pxweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.kostra.FakeTime;
import io.github.livskraft.kostra.StubSsbServer;
import io.github.livskraft.kostra.StubSsbServer.Reply;
import io.github.livskraft.kostra.TestConnections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 17: the v2→v1 fallback used to double the retry budget. */
class FallbackStatbankClientTest {
  private final FakeTime time = new FakeTime();
  private final StubSsbServer server = new StubSsbServer();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void oneCallHasOneRetryBudgetAcrossV2AndV1() {
    server.on("/api/pxwebapi/v2/", r -> Reply.empty(503));
    server.on("/api/v0/", r -> Reply.empty(503));
    StatbankClient statbank = StatbankClient.create(TestConnections.to(server, time).build()); // 4 attempts

    assertThatThrownBy(() -> statbank.metadata("12134")).isInstanceOfSatisfying(PxWebException.class,
        e -> assertThat(e.kind()).isEqualTo(PxWebException.Kind.UNAVAILABLE));
    // v2: first attempt + all 3 retries; v1: its first attempt only (it used to get 4 more)
    assertThat(server.requests("/api/pxwebapi/v2/")).hasSize(4);
    assertThat(server.requests("/api/v0/")).hasSize(1);
    assertThat(time.sleeps()).hasSize(3);
  }

  @Test
  void retriesLeftOnV2AreStillAvailableOnV1() {
    server.on("/api/pxwebapi/v2/", r -> Reply.empty(500)); // not retried, but falls back
    server.on("/api/v0/", r -> Reply.empty(503));
    StatbankClient statbank = StatbankClient.create(TestConnections.to(server, time).build());

    assertThatThrownBy(() -> statbank.metadata("12134")).isInstanceOf(PxWebException.class);
    assertThat(server.requests("/api/pxwebapi/v2/")).hasSize(1);
    assertThat(server.requests("/api/v0/")).hasSize(4);
  }

  @Test
  void everyCallStartsWithAFullBudget() {
    server.on("/api/pxwebapi/v2/", r -> Reply.empty(503));
    server.on("/api/v0/", r -> Reply.empty(503));
    StatbankClient statbank = StatbankClient.create(TestConnections.to(server, time).build());
    for (int call = 1; call <= 2; call++) {
      assertThatThrownBy(() -> statbank.metadata("12134")).isInstanceOf(PxWebException.class);
      assertThat(server.requests()).hasSize(5 * call);
    }
  }
}
