package io.github.livskraft.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Size, time and concurrency limits give 413, 503 and 429 problems; the server stays up and answers after them. */
class LimitsTest {
  static final long BODY = 64 * 1024;
  static final long UPLOAD = 1024 * 1024;

  static LivskraftServer small;
  static Http http;

  @BeforeAll
  static void start() {
    small = LivskraftServer.start(ServerConfig.defaults().withAddress("127.0.0.1", 0).withSizeLimits(BODY, UPLOAD)
        .withConcurrency(2, 1));
    http = new Http(small.baseUri());
  }

  @AfterAll
  static void stop() {
    small.close();
  }

  @Test
  void bodyOverTheLimitIs413() {
    Http.Res r = http.post("/tag", "text/plain", "klima ".repeat((int) BODY / 6 + 10), "Accept-Language", "nb");
    assertThat(r.status()).isEqualTo(413);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().get("code").asText()).isEqualTo("SERVER-0005");
    assertThat(r.json().get("detail").asText()).contains("65536");
    assertThat(http.post("/tag", "text/plain", "klima").status()).isEqualTo(200);
  }

  @Test
  void chunkedBodyWithoutLengthIsCountedToo() throws Exception {
    byte[] big = "klima ".repeat((int) BODY / 6 + 10).getBytes(StandardCharsets.UTF_8);
    HttpRequest req = HttpRequest.newBuilder(small.baseUri().resolve("/tag")).header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
    HttpResponse<String> r = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.body()).contains("SERVER-0005");
  }

  @Test
  void fiftyMegabyteUploadIs413WithoutReadingIt() throws Exception {
    Runtime rt = Runtime.getRuntime();
    byte[] fifty = new byte[50 * 1024 * 1024];
    HttpRequest req = HttpRequest.newBuilder(small.baseUri().resolve("/case/assess"))
        .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(fifty)).build();
    int status;
    String body;
    try {
      HttpResponse<String> r = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
      status = r.statusCode();
      body = r.body();
    } catch (IOException e) {
      // the server may close the connection after answering 413 before the client finished sending 50 MB
      status = 413;
      body = "connection closed after the limit: " + e;
    }
    assertThat(status).isEqualTo(413);
    assertThat(body).satisfiesAnyOf(b -> assertThat(b).contains("SERVER-0005"),
        b -> assertThat(b).startsWith("connection closed"));
    assertThat(http.get("/health").status()).isEqualTo(200);
    assertThat(rt.maxMemory()).isPositive();
  }

  @Test
  void zipBombDocxIsAnsweredWithoutExpanding() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 512; i++) { // 512 MiB of zeros, about 0.5 MB compressed
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    byte[] bomb = bytes.toByteArray();
    assertThat((long) bomb.length).isLessThan(UPLOAD);
    long start = System.nanoTime();
    Http.Res r = http.postBytes("/case/assess",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bomb);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(r.contentType()).startsWith("application/problem+json");
    // casework's DOCX reader refuses the package before expanding it (inflate ratio / size limits)
    assertThat(r.status()).isIn(413, 422);
    assertThat(r.json().get("code").asText()).isIn("CASE-0004", "CASE-0006");
    assertThat(r.json().get("detail").asText()).contains("upload.docx");
    assertThat(http.get("/health").status()).isEqualTo(200);
  }

  @Test
  void moreConcurrentRequestsThanPermitsGet429() throws Exception {
    String plans = ServerApiTest.planFiles();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Http.Res>> fs = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        fs.add(pool.submit(() -> http.post("/plans/validate", "application/json", plans)));
      }
      int ok = 0;
      int tooMany = 0;
      for (Future<Http.Res> f : fs) {
        Http.Res r = f.get();
        assertThat(r.status()).isIn(200, 413, 429);
        if (r.status() == 429) {
          tooMany++;
          assertThat(r.headers().firstValue("Retry-After")).contains("1");
          assertThat(r.json().get("code").asText()).isEqualTo("SERVER-0006");
        } else if (r.status() == 200) {
          ok++;
        }
      }
      assertThat(ok).isPositive();
      assertThat(tooMany).isPositive();
    } finally {
      pool.shutdownNow();
    }
    // permits come back: one request at a time is always served
    assertThat(http.post("/tag", "text/plain", "klima").status()).isEqualTo(200);
    assertThat(http.post("/tag", "text/plain", "klima").status()).isEqualTo(200);
  }

  @Test
  void requestLongerThanTheTimeLimitIs503() throws IOException {
    try (LivskraftServer quick = LivskraftServer.start(ServerConfig.defaults().withAddress("127.0.0.1", 0)
        .withRequestTimeout(Duration.ofMillis(1)))) {
      Http h = new Http(quick.baseUri());
      Http.Res r = h.post("/plans/validate", "application/json", ServerApiTest.planFiles(), "Accept-Language", "nn");
      assertThat(r.status()).isEqualTo(503);
      assertThat(r.json().get("code").asText()).isEqualTo("SERVER-0007");
      assertThat(r.json().get("detail").asText()).contains("grensa");
      assertThat(r.headers().firstValue("Retry-After")).isPresent();
      assertThat(h.get("/health").status()).isEqualTo(200);
    }
  }

  static InputStream unused() {
    return InputStream.nullInputStream();
  }

  static <T> T call(Callable<T> c) throws Exception {
    return c.call();
  }
}
