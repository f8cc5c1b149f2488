package io.github.livskraft.kostra;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A local stand-in for data.ssb.no on 127.0.0.1 (JDK {@code com.sun.net.httpserver}): scripted replies per path
 * prefix (first the queued ones, then a handler), recording every request. Replies can be delayed (time-outs) or
 * cut off after half the promised bytes (truncated bodies).
 */
public final class StubSsbServer implements AutoCloseable {
  /** A recorded request. */
  public record Request(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {
    public String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          return e.getValue().get(0);
        }
      }
      return "";
    }
  }

  /**
   * A reply. {@code streamBytes > 0} streams that many zero bytes instead of {@code body}, with a
   * {@code Content-Length} when {@code declareLength} (otherwise chunked), stopping when the client goes away.
   */
  public record Reply(int status, Map<String, String> headers, byte[] body, long delayMillis, boolean truncate,
      long streamBytes, boolean declareLength) {
    public Reply(int status, Map<String, String> headers, byte[] body, long delayMillis, boolean truncate) {
      this(status, headers, body, delayMillis, truncate, 0, false);
    }

    /** A 200 JSON answer of {@code bytes} zero bytes, streamed (never held in memory by the stub). */
    public static Reply huge(long bytes, boolean declareLength) {
      return new Reply(200, Map.of("Content-Type", "application/json; charset=utf-8"), new byte[0], 0, false, bytes,
          declareLength);
    }

    /** A redirect to {@code location}. */
    public static Reply redirect(int status, String location) {
      return empty(status).withHeader("Location", location);
    }

    public static Reply json(int status, String json) {
      return new Reply(status, Map.of("Content-Type", "application/json; charset=utf-8"),
          json.getBytes(StandardCharsets.UTF_8), 0, false);
    }

    public static Reply json(int status, byte[] json) {
      return new Reply(status, Map.of("Content-Type", "application/json; charset=utf-8"), json, 0, false);
    }

    public static Reply text(int status, String contentType, String body) {
      return new Reply(status, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8), 0,
          false);
    }

    public static Reply empty(int status) {
      return new Reply(status, Map.of(), new byte[0], 0, false);
    }

    public Reply withHeader(String name, String value) {
      Map<String, String> h = new LinkedHashMap<>(headers);
      h.put(name, value);
      return new Reply(status, h, body, delayMillis, truncate, streamBytes, declareLength);
    }

    public Reply delayed(long millis) {
      return new Reply(status, headers, body, millis, truncate, streamBytes, declareLength);
    }

    public Reply truncated() {
      return new Reply(status, headers, body, delayMillis, true, streamBytes, declareLength);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "stub-ssb");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, Deque<Reply>> queued = new LinkedHashMap<>();
  private final Map<String, Function<Request, Reply>> handlers = new LinkedHashMap<>();
  private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
  private final java.util.concurrent.atomic.AtomicLong streamed = new java.util.concurrent.atomic.AtomicLong();

  /** Bytes of {@link Reply#huge} bodies written before the client went away. */
  public long streamedBytes() {
    return streamed.get();
  }

  public StubSsbServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** The API root: {@code http://127.0.0.1:port/api/} (v2 under pxwebapi/v2/, v1 under v0/, KLASS under klass/v1/). */
  public URI root() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/");
  }

  public synchronized StubSsbServer enqueue(String pathPrefix, Reply... replies) {
    Deque<Reply> q = queued.computeIfAbsent(pathPrefix, k -> new ArrayDeque<>());
    for (Reply r : replies) {
      q.addLast(r);
    }
    return this;
  }

  public synchronized StubSsbServer on(String pathPrefix, Function<Request, Reply> handler) {
    handlers.put(pathPrefix, handler);
    return this;
  }

  public List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  public List<Request> requests(String pathPrefix) {
    return requests().stream().filter(r -> r.path().startsWith(pathPrefix)).toList();
  }

  private synchronized Reply next(Request req) {
    String best = null;
    for (String p : queued.keySet()) {
      if (req.path().startsWith(p) && !queued.get(p).isEmpty() && (best == null || p.length() > best.length())) {
        best = p;
      }
    }
    if (best != null) {
      return queued.get(best).pollFirst();
    }
    Function<Request, Reply> h = null;
    String hp = null;
    for (Map.Entry<String, Function<Request, Reply>> e : handlers.entrySet()) {
      if (req.path().startsWith(e.getKey()) && (hp == null || e.getKey().length() > hp.length())) {
        hp = e.getKey();
        h = e.getValue();
      }
    }
    return h == null ? Reply.text(404, "text/html", "<html><head><title>404 - File or directory not found.</title>"
        + "</head><body>stub: nothing scripted for " + req.path() + "</body></html>") : h.apply(req);
  }

  private void handle(HttpExchange ex) throws IOException {
    try {
      byte[] body;
      try (InputStream in = ex.getRequestBody()) {
        body = in.readAllBytes();
      }
      Request req = new Request(ex.getRequestMethod(), ex.getRequestURI().getRawPath(),
          ex.getRequestURI().getRawQuery() == null ? "" : ex.getRequestURI().getRawQuery(),
          Map.copyOf(ex.getRequestHeaders()), body);
      requests.add(req);
      Reply r = next(req);
      if (r.delayMillis() > 0) {
        try {
          Thread.sleep(r.delayMillis()); // only to provoke the client's time-out
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          ex.close();
          return;
        }
      }
      r.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
      if (r.streamBytes() > 0) {
        ex.sendResponseHeaders(r.status(), r.declareLength() ? r.streamBytes() : 0);
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = ex.getResponseBody()) {
          for (long sent = 0; sent < r.streamBytes(); sent += chunk.length) {
            out.write(chunk, 0, (int) Math.min(chunk.length, r.streamBytes() - sent));
            streamed.addAndGet(Math.min(chunk.length, r.streamBytes() - sent));
          }
        }
        return;
      }
      if (r.body().length == 0) {
        ex.sendResponseHeaders(r.status(), -1);
        ex.close();
        return;
      }
      ex.sendResponseHeaders(r.status(), r.body().length);
      OutputStream out = ex.getResponseBody();
      if (r.truncate()) {
        out.write(r.body(), 0, r.body().length / 2);
        out.flush();
        // an unchecked exception makes the JDK server drop the connection mid-body
        throw new IllegalStateException("stub: truncating the body on purpose");
      }
      out.write(r.body());
      out.close();
    } catch (IOException e) {
      ex.close();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  public static byte[] fixture(String name) {
    try (InputStream in = StubSsbServer.class.getResourceAsStream("fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
