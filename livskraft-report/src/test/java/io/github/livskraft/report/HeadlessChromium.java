package io.github.livskraft.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
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
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Drives a real headless Chromium over the DevTools protocol (JDK WebSocket, no extra library): loads a page,
 * collects console errors, uncaught exceptions and browser log errors, evaluates expressions on the rendered DOM
 * and takes full-page screenshots. Test support only.
 */
final class HeadlessChromium implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new CopyOnWriteArrayList<>();
  private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

  private HeadlessChromium(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /** The Chromium executable on the PATH (chromium, chromium-browser, google-chrome), or LIVSKRAFT_CHROMIUM. */
  static Optional<Path> find() {
    String explicit = System.getenv("LIVSKRAFT_CHROMIUM");
    if (explicit != null && !explicit.isBlank()) {
      return Optional.of(Path.of(explicit)).filter(Files::isExecutable);
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
      for (String dir : path.split(File.pathSeparator)) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /** Starts Chromium with a fresh profile and connects to its first page. */
  static HeadlessChromium start(Path executable) throws Exception {
    Path profile = Files.createTempDirectory("livskraft-chromium-");
    Path log = profile.resolve("chromium.log");
    Process p = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars", "--remote-debugging-port=0",
        "--remote-allow-origins=*", "--user-data-dir=" + profile, "about:blank")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      Path portFile = profile.resolve("DevToolsActivePort");
      long deadline = System.nanoTime() + TIMEOUT.toNanos();
      List<String> lines = List.of();
      while (System.nanoTime() < deadline) {
        if (Files.exists(portFile)) {
          lines = Files.readAllLines(portFile, StandardCharsets.UTF_8);
          if (lines.size() >= 2) {
            break;
          }
        }
        if (!p.isAlive()) {
          throw new IllegalStateException("chromium exited with " + p.exitValue() + ": " + Files.readString(log));
        }
        Thread.sleep(50);
      }
      if (lines.size() < 2) {
        throw new IllegalStateException("chromium did not write DevToolsActivePort within " + TIMEOUT);
      }
      int port = Integer.parseInt(lines.get(0).strip());
      HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
      String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
          .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString()).body();
      String wsUrl = null;
      for (JsonNode t : JSON.readTree(list)) {
        if ("page".equals(t.path("type").asText())) {
          wsUrl = t.path("webSocketDebuggerUrl").asText();
          break;
        }
      }
      if (wsUrl == null) {
        throw new IllegalStateException("no page target in " + list);
      }
      HeadlessChromium[] self = new HeadlessChromium[1];
      Listener listener = new Listener(msg -> self[0].onMessage(msg));
      WebSocket ws = http.newWebSocketBuilder().connectTimeout(TIMEOUT).buildAsync(URI.create(wsUrl), listener)
          .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      self[0] = new HeadlessChromium(p, profile, ws);
      self[0].call("Runtime.enable", null);
      self[0].call("Log.enable", null);
      self[0].call("Page.enable", null);
      return self[0];
    } catch (Exception | Error e) {
      kill(p);
      deleteTree(profile);
      throw e;
    }
  }

  /** The result of loading a page. */
  record Page(List<String> errors, JsonNode probe) {}

  /**
   * Loads a file, waits for the load event, and evaluates {@code probeExpression} (must return a JSON-able value).
   *
   * @param html the file
   * @param width the viewport width
   * @param probeExpression JavaScript evaluated on the rendered page
   * @return the errors seen and the probe's value
   */
  Page load(Path html, int width, String probeExpression) throws Exception {
    events.clear();
    loaded = new CompletableFuture<>();
    ObjectNode metrics = JSON.createObjectNode().put("width", width).put("height", 900)
        .put("deviceScaleFactor", 1).put("mobile", false);
    call("Emulation.setDeviceMetricsOverride", metrics);
    call("Page.navigate", JSON.createObjectNode().put("url", html.toUri().toString()));
    loaded.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    JsonNode value = call("Runtime.evaluate", JSON.createObjectNode().put("expression", probeExpression)
        .put("returnByValue", true)).path("result").path("value");
    Thread.sleep(100); // let late console messages arrive
    return new Page(errors(), value);
  }

  /** Saves a PNG of the whole page (beyond the viewport). */
  void screenshot(Path png) throws Exception {
    JsonNode layout = call("Page.getLayoutMetrics", null);
    JsonNode size = layout.has("cssContentSize") ? layout.get("cssContentSize") : layout.get("contentSize");
    ObjectNode clip = JSON.createObjectNode().put("x", 0).put("y", 0).put("width", size.path("width").asDouble())
        .put("height", Math.min(size.path("height").asDouble(), 16000)).put("scale", 1);
    ObjectNode params = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
    params.set("clip", clip);
    String data = call("Page.captureScreenshot", params).path("data").asText();
    Files.createDirectories(png.toAbsolutePath().getParent());
    Files.write(png, Base64.getDecoder().decode(data));
  }

  private List<String> errors() {
    List<String> errors = new ArrayList<>();
    for (JsonNode e : events) {
      String method = e.path("method").asText();
      JsonNode p = e.path("params");
      switch (method) {
        case "Runtime.exceptionThrown" -> errors.add("exception: "
            + p.path("exceptionDetails").path("exception").path("description").asText(
                p.path("exceptionDetails").path("text").asText()));
        case "Runtime.consoleAPICalled" -> {
          String type = p.path("type").asText();
          if (type.equals("error") || type.equals("assert")) {
            errors.add("console." + type + ": " + p.path("args").toString());
          }
        }
        case "Log.entryAdded" -> {
          if (p.path("entry").path("level").asText().equals("error")) {
            errors.add("log: " + p.path("entry").path("text").asText() + " " + p.path("entry").path("url").asText());
          }
        }
        default -> { }
      }
    }
    return errors;
  }

  private JsonNode call(String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
    if (params != null) {
      msg.set("params", params);
    }
    CompletableFuture<JsonNode> f = new CompletableFuture<>();
    pending.put(id, f);
    socket.sendText(JSON.writeValueAsString(msg), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    JsonNode reply = f.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (reply.has("error")) {
      throw new IllegalStateException(method + " failed: " + reply.get("error"));
    }
    return reply.path("result");
  }

  private void onMessage(String text) {
    try {
      JsonNode msg = JSON.readTree(text);
      if (msg.has("id")) {
        CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
        if (f != null) {
          f.complete(msg);
        }
      } else {
        events.add(msg);
        if ("Page.loadEventFired".equals(msg.path("method").asText())) {
          loaded.complete(null);
        }
      }
    } catch (IOException e) {
      events.add(JSON.createObjectNode().put("method", "Runtime.exceptionThrown").put("bad", text));
    }
  }

  @Override
  public void close() throws Exception {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(2, TimeUnit.SECONDS);
    } catch (Exception ignored) {
      // the process is killed below anyway
    }
    kill(process);
    deleteTree(profile);
  }

  /** Whether the browser process (and its children) are gone. */
  boolean stopped() {
    return !process.isAlive();
  }

  long pid() {
    return process.pid();
  }

  private static void kill(Process p) throws InterruptedException {
    List<ProcessHandle> children = p.descendants().toList();
    p.destroy();
    children.forEach(ProcessHandle::destroy);
    if (!p.waitFor(5, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      p.waitFor(5, TimeUnit.SECONDS);
    }
    children.forEach(ProcessHandle::destroyForcibly);
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException ignored) {
      // best effort: a temp dir
    }
  }

  /** Reassembles fragmented text frames. */
  private static final class Listener implements WebSocket.Listener {
    private final Consumer<String> sink;
    private final StringBuilder buf = new StringBuilder();

    Listener(Consumer<String> sink) {
      this.sink = sink;
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      buf.append(data);
      if (last) {
        String msg = buf.toString();
        buf.setLength(0);
        sink.accept(msg);
      }
      ws.request(1);
      return null;
    }
  }
}
