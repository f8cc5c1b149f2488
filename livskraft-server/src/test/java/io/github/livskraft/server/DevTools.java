package io.github.livskraft.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Drives Debian's Chromium over the DevTools protocol for the web-page test: one browser-level WebSocket (its URL
 * read from Chromium's stderr), one page attached as a flat session, downloads allowed into a temporary folder.
 */
final class DevTools implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final Duration WAIT = Duration.ofSeconds(30);

  private final Process process;
  private final Path home;
  private final WebSocket socket;
  private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new CopyOnWriteArrayList<>();
  private final AtomicInteger next = new AtomicInteger();
  private String session = "";

  private DevTools(Process process, Path home, WebSocket socket) {
    this.process = process;
    this.home = home;
    this.socket = socket;
  }

  /** Chromium from LIVSKRAFT_CHROMIUM or the PATH. */
  static Optional<Path> executable() {
    String env = System.getenv("LIVSKRAFT_CHROMIUM");
    if (env != null && !env.isBlank()) {
      return Optional.of(Path.of(env)).filter(Files::isExecutable);
    }
    return Stream.of(Optional.ofNullable(System.getenv("PATH")).orElse("").split(File.pathSeparator))
        .flatMap(d -> Stream.of("chromium", "chromium-browser", "google-chrome").map(n -> Path.of(d, n)))
        .filter(Files::isExecutable).findFirst();
  }

  static DevTools launch(Path chromium) throws Exception {
    Path home = Files.createTempDirectory("livskraft-server-browser-");
    Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
        "--disable-dev-shm-usage", "--remote-debugging-port=0", "--user-data-dir=" + home.resolve("profile"),
        "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    CompletableFuture<String> wsUrl = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          int at = line.indexOf("ws://");
          if (line.startsWith("DevTools listening on") && at >= 0) {
            wsUrl.complete(line.substring(at).strip());
          }
        }
      } catch (IOException e) {
        wsUrl.completeExceptionally(e);
      }
    }, "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    try {
      String url = wsUrl.get(WAIT.toSeconds(), TimeUnit.SECONDS);
      DevTools[] self = new DevTools[1];
      StringBuilder partial = new StringBuilder();
      WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url),
          new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
              partial.append(data);
              if (last) {
                String text = partial.toString();
                partial.setLength(0);
                self[0].received(text);
              }
              w.request(1);
              return null;
            }
          }).get(WAIT.toSeconds(), TimeUnit.SECONDS);
      DevTools d = new DevTools(p, home, ws);
      self[0] = d;
      d.session = "";
      String target = d.send("Target.createTarget", obj("url", "about:blank")).get("targetId").asText();
      ObjectNode attach = obj("targetId", target);
      attach.put("flatten", true);
      d.session = d.send("Target.attachToTarget", attach).get("sessionId").asText();
      d.send("Page.enable", obj());
      d.send("Runtime.enable", obj());
      String previous = d.session;
      d.session = "";
      ObjectNode dl = obj("behavior", "allow");
      dl.put("downloadPath", home.resolve("downloads").toString());
      dl.put("eventsEnabled", true);
      Files.createDirectories(home.resolve("downloads"));
      d.send("Browser.setDownloadBehavior", dl);
      d.session = previous;
      return d;
    } catch (Exception e) {
      p.destroyForcibly();
      throw e;
    }
  }

  private static ObjectNode obj(String... kv) {
    ObjectNode o = JSON.createObjectNode();
    for (int i = 0; i < kv.length; i += 2) {
      o.put(kv[i], kv[i + 1]);
    }
    return o;
  }

  private void received(String text) {
    try {
      JsonNode m = JSON.readTree(text);
      if (m.has("id")) {
        CompletableFuture<JsonNode> f = replies.remove(m.get("id").asInt());
        if (f != null) {
          f.complete(m);
        }
      } else {
        events.add(m);
      }
    } catch (IOException e) {
      events.add(obj("method", "unreadable", "text", text));
    }
  }

  JsonNode send(String method, ObjectNode params) throws Exception {
    int id = next.incrementAndGet();
    ObjectNode m = JSON.createObjectNode().put("id", id).put("method", method);
    m.set("params", params);
    if (!session.isEmpty()) {
      m.put("sessionId", session);
    }
    CompletableFuture<JsonNode> f = new CompletableFuture<>();
    replies.put(id, f);
    socket.sendText(m.toString(), true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    JsonNode r = f.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    if (r.has("error")) {
      throw new IllegalStateException(method + ": " + r.get("error"));
    }
    return r.path("result");
  }

  void open(URI url) throws Exception {
    send("Page.navigate", obj("url", url.toString()));
    waitUntil("document.readyState === 'complete' && !!document.getElementById('case-form')");
  }

  /** Evaluates an expression (awaiting promises) and returns its JSON value. */
  JsonNode eval(String expression) throws Exception {
    ObjectNode p = obj("expression", expression);
    p.put("returnByValue", true);
    p.put("awaitPromise", true);
    JsonNode r = send("Runtime.evaluate", p);
    if (r.has("exceptionDetails")) {
      throw new IllegalStateException("JavaScript failed: " + r.get("exceptionDetails"));
    }
    return r.path("result").path("value");
  }

  void waitUntil(String condition) throws Exception {
    long end = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < end) {
      if (eval("Boolean(" + condition + ")").asBoolean()) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("timed out waiting for: " + condition);
  }

  /** Presses a key on the focused element (as a keyboard user would). */
  void press(String key, String code, int keyCode) throws Exception {
    for (String type : List.of("keyDown", "keyUp")) {
      ObjectNode p = obj("type", type, "key", key, "code", code);
      p.put("windowsVirtualKeyCode", keyCode);
      if (type.equals("keyDown")) {
        p.put("text", key.equals("Enter") ? "\r" : key);
      }
      send("Input.dispatchKeyEvent", p);
    }
  }

  /** A downloaded file, once complete. */
  Path download(String name) throws Exception {
    Path f = home.resolve("downloads").resolve(name);
    long end = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < end) {
      if (events.stream().anyMatch(e -> e.path("method").asText().endsWith("downloadProgress")
          && e.path("params").path("state").asText().equals("completed")) && Files.exists(f)) {
        return f;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("no completed download " + name + "; events: " + events.stream()
        .map(e -> e.path("method").asText()).distinct().toList());
  }

  /** JavaScript exceptions and console errors seen so far. */
  List<String> errors() {
    return events.stream().filter(e -> e.path("method").asText().equals("Runtime.exceptionThrown")
        || e.path("method").asText().equals("Runtime.consoleAPICalled")
        && e.path("params").path("type").asText().equals("error")).map(JsonNode::toString).toList();
  }

  @Override
  public void close() throws Exception {
    socket.abort();
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
    try (Stream<Path> s = Files.walk(home)) {
      s.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
    }
  }

  boolean alive() {
    return process.isAlive();
  }
}
