package io.github.livskraft.kostra.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.kostra.FakeTime;
import io.github.livskraft.kostra.KostraErrorCode;
import io.github.livskraft.kostra.StubSsbServer;
import io.github.livskraft.kostra.StubSsbServer.Reply;
import io.github.livskraft.kostra.TestConnections;
import io.github.livskraft.kostra.pxweb.PxWebException;
import io.github.livskraft.kostra.pxweb.StatbankClient;
import io.github.livskraft.sdg.Language;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 17, class 3: bounded bodies that are never retried, same-origin redirects only. Runs in the forked
 * {@code heap-256m} execution ({@code -Xmx256m}): the 600 MB answers must not exhaust it.
 */
@Tag("heap256")
class HttpTransportTest {
  private static final long SIX_HUNDRED_MB = 600L << 20;
  private final FakeTime time = new FakeTime();
  private final StubSsbServer server = new StubSsbServer();
  private final StubSsbServer elsewhere = new StubSsbServer();

  @AfterEach
  void stop() {
    server.close();
    elsewhere.close();
  }

  private URI meta() {
    return server.root().resolve("pxwebapi/v2/tables/12134/metadata");
  }

  /** A 600 MB answer (declared or only streamed) is refused while reading, without OOM and without any retry. */
  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aHugeAnswerIsRefusedWhileStreamingAndNeverRetried(boolean declareLength) {
    server.on("/api/pxwebapi/v2/", r -> Reply.huge(SIX_HUNDRED_MB, declareLength));
    server.on("/api/v0/", r -> Reply.huge(SIX_HUNDRED_MB, declareLength));
    StatbankClient statbank = StatbankClient.create(TestConnections.to(server, time).build());

    assertThatThrownBy(() -> statbank.metadata("12134"))
        .isInstanceOfSatisfying(PxWebException.class, e -> {
          assertThat(e.kind()).isEqualTo(PxWebException.Kind.RESPONSE_TOO_LARGE);
          assertThat(e.errorCode()).isEqualTo(KostraErrorCode.RESPONSE_TOO_LARGE);
          assertThat(e.getMessage()).startsWith("KOSTRA-0002: The answer from " + meta().toString().replace(
              "/metadata", "/metadata?lang=no&outputFormat=json-stat2"))
              .contains("maxResponseBytes = 67108864 bytes").contains("SsbConnection.builder().maxResponseBytes");
          assertThat(e.getMessage(Language.NB)).contains("større enn grensen maxResponseBytes = 67108864");
        });
    assertThat(server.requests()).as("one request: no retry, no v1 fallback").hasSize(1);
    assertThat(time.sleeps()).isEmpty();
    assertThat(server.streamedBytes()).as("the stub stopped long before 600 MB").isLessThan(SIX_HUNDRED_MB / 2);
  }

  @Test
  void aBodyOfExactlyTheLimitIsReadAndOneByteMoreIsRefused() {
    server.enqueue("/api/", Reply.huge(1000, false), Reply.huge(1001, false), Reply.huge(1001, true));
    HttpTransport t = new HttpTransport(TestConnections.to(server, time).maxResponseBytes(1000).build());
    assertThat(t.get(meta(), "*/*").body()).hasSize(1000);
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> t.get(meta(), "*/*")).isInstanceOfSatisfying(TransportException.class, e -> {
        assertThat(e.reason()).isEqualTo(TransportException.Reason.TOO_LARGE);
        assertThat(e.limit()).isEqualTo(1000);
        assertThat(e.attempts()).isEqualTo(1);
      });
    }
    assertThat(server.requests()).hasSize(3);
  }

  @Test
  void aRedirectToAnotherPortIsRefusedAndNothingIsCached(@TempDir Path cache) throws IOException {
    URI evil = elsewhere.root().resolve("pxwebapi/v2/tables/12134/metadata");
    server.on("/api/", r -> Reply.redirect(302, evil.toString()));
    elsewhere.on("/api/", r -> Reply.json(200, "{}"));
    StatbankClient statbank = StatbankClient.create(TestConnections.cached(server, time, cache).build());

    assertThatThrownBy(() -> statbank.metadata("12134")).isInstanceOfSatisfying(PxWebException.class, e -> {
      assertThat(e.kind()).isEqualTo(PxWebException.Kind.REDIRECT_REFUSED);
      assertThat(e.getMessage()).startsWith("KOSTRA-0003: Refused the redirect from " + server.root())
          .contains(" to " + evil).contains("same scheme, host and port");
    });
    assertThat(elsewhere.requests()).isEmpty();
    assertThat(server.requests()).as("refused, not retried, no v1 fallback").hasSize(1);
    try (Stream<Path> files = Files.list(cache)) {
      assertThat(files).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://localhost:%d/api/x", "https://127.0.0.1:%d/api/x", "//example.org/api/x",
      "http://127.0.0.1.nip.io:%d/api/x"})
  void redirectsToAnotherHostOrSchemeAreRefused(String target) {
    String location = target.contains("%d") ? String.format(java.util.Locale.ROOT, target,
        server.root().getPort()) : target;
    server.on("/api/", r -> Reply.redirect(301, location));
    HttpTransport t = new HttpTransport(TestConnections.to(server, time).build());
    assertThatThrownBy(() -> t.get(meta(), "*/*")).isInstanceOfSatisfying(TransportException.class, e -> {
      assertThat(e.reason()).isEqualTo(TransportException.Reason.REDIRECT_REFUSED);
      assertThat(e.location()).isPresent();
      assertThat(e.getMessage()).startsWith("redirect from " + meta()).contains(" refused: ")
          .doesNotContain("Exception", "java.");
    });
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void sameOriginRedirectsAreFollowedAndA303TurnsAPostIntoAGet() {
    server.enqueue("/api/pxwebapi/v2/tables/12134/metadata", Reply.redirect(307, "/api/moved/a"));
    server.enqueue("/api/moved/a", Reply.redirect(303, "b"));
    server.on("/api/moved/b", r -> Reply.json(200, "{\"method\":\"" + r.method() + "\"}"));
    HttpTransport t = new HttpTransport(TestConnections.to(server, time).build());
    HttpResponseData r = t.postJson(meta(), "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8), "*/*");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.text()).isEqualTo("{\"method\":\"GET\"}");
    assertThat(server.requests()).extracting(StubSsbServer.Request::method, StubSsbServer.Request::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("POST", "/api/pxwebapi/v2/tables/12134/metadata"),
            org.assertj.core.groups.Tuple.tuple("POST", "/api/moved/a"),
            org.assertj.core.groups.Tuple.tuple("GET", "/api/moved/b"));
  }

  @Test
  void aRedirectLoopEndsAfterTheHopLimitWithTheLastAnswer() {
    server.on("/api/", r -> Reply.redirect(302, "/api/loop"));
    HttpTransport t = new HttpTransport(TestConnections.to(server, time).build());
    assertThat(t.get(meta(), "*/*").status()).isEqualTo(302);
    assertThat(server.requests()).hasSize(HttpTransport.MAX_REDIRECTS + 1);
  }

  @Test
  void sameOriginComparesSchemeHostAndEffectivePort() {
    assertThat(HttpTransport.sameOrigin(URI.create("https://data.ssb.no/a"), URI.create("https://DATA.ssb.no:443/b")))
        .isTrue();
    assertThat(HttpTransport.sameOrigin(URI.create("https://data.ssb.no/a"), URI.create("http://data.ssb.no/a")))
        .isFalse();
    assertThat(HttpTransport.sameOrigin(URI.create("https://data.ssb.no/a"), URI.create("https://ssb.no/a")))
        .isFalse();
    assertThat(HttpTransport.sameOrigin(URI.create("https://data.ssb.no/a"), URI.create("https://data.ssb.no:8443/")))
        .isFalse();
  }
}
