package io.github.livskraft.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The report is rendered lazily on a real server on 127.0.0.1: nothing at start, one language and format on its
 * first request, once, however many requests arrive together (counted by the {@code livskraft_report_renders_total}
 * metric the server exports).
 */
class ReportRenderingTest {
  private static final Pattern RENDERS = Pattern.compile(
      "^livskraft_report_renders_total\\{format=\"(\\w+)\",language=\"(\\w+)\",?} ([0-9.]+)$", Pattern.MULTILINE);

  /** The render counts by "language/format", from /metrics. */
  private static Map<String, Double> renders(Http http) {
    String metrics = http.send("GET", "/metrics", null, null, false).body();
    Map<String, Double> out = new TreeMap<>();
    Matcher m = RENDERS.matcher(metrics);
    while (m.find()) {
      out.put(m.group(2) + "/" + m.group(1), Double.parseDouble(m.group(3)));
    }
    return out;
  }

  @Test
  void eachLanguageIsRenderedOnceOnItsFirstRequestEvenUnderConcurrency() throws Exception {
    try (LivskraftServer server = LivskraftServer.start(ServerConfig.defaults().withAddress("127.0.0.1", 0)
        .withPlansDirectory(ServerApiTest.PLANS))) {
      Http http = new Http(server.baseUri());
      Map<String, Double> atStart = renders(http);
      assertThat(atStart).hasSize(6).allSatisfy((k, v) -> assertThat(v).as(k).isZero());

      int clients = 12;
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      try {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Http.Res>> replies = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
          replies.add(pool.submit(() -> {
            go.await();
            return http.get("/report?lang=nn", "Accept", "text/html");
          }));
        }
        go.countDown();
        String first = null;
        for (Future<Http.Res> f : replies) {
          Http.Res r = f.get(120, TimeUnit.SECONDS);
          assertThat(r.status()).isEqualTo(200);
          assertThat(r.body()).contains("Berekraftsrapport");
          first = first == null ? r.body() : first;
          assertThat(r.body()).isEqualTo(first);
        }
      } finally {
        pool.shutdownNow();
      }
      Map<String, Double> after = renders(http);
      assertThat(after.get("nn/html")).isEqualTo(1.0);
      assertThat(after).allSatisfy((k, v) -> assertThat(v).as(k).isEqualTo(k.equals("nn/html") ? 1.0 : 0.0));

      // later requests are served from memory; another format and language are rendered on their own first request
      assertThat(http.get("/report?lang=nn", "Accept", "text/html").status()).isEqualTo(200);
      assertThat(http.get("/report?lang=nn&format=json").json().isObject()).isTrue();
      assertThat(http.get("/report?lang=en").body()).contains("SDG report");
      Map<String, Double> later = renders(http);
      assertThat(later).containsEntry("nn/html", 1.0).containsEntry("nn/json", 1.0).containsEntry("en/html", 1.0)
          .containsEntry("nb/html", 0.0).containsEntry("nb/json", 0.0).containsEntry("en/json", 0.0);
    }
  }
}
