package io.github.livskraft.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop HTTP load client for {@code benchmarks/server-load.sh}: N clients each send the next request as soon
 * as the last one answered, for a fixed time after a warm-up; prints throughput and p50/p99 latency per level as a
 * Markdown table row. Loopback only (it refuses other hosts). Usage:
 * {@code java ServerLoad.java BASE_URL PATH CONTENT_TYPE BODY_FILE SECONDS CLIENTS...}
 */
public final class ServerLoad {
  private ServerLoad() {}

  /**
   * Runs the load.
   *
   * @param args base URL, path, content type, body file, seconds per level, client counts
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    URI base = URI.create(args[0]);
    if (!List.of("127.0.0.1", "localhost", "[::1]").contains(base.getHost())) {
      throw new IllegalArgumentException("loopback only: " + base);
    }
    URI target = base.resolve(args[1]);
    String type = args[2];
    byte[] body = Files.readAllBytes(Path.of(args[3]));
    int seconds = Integer.parseInt(args[4]);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    for (int i = 5; i < args.length; i++) {
      int clients = Integer.parseInt(args[i]);
      run(client, target, type, body, clients, Math.max(2, seconds / 3), false);
      String row = run(client, target, type, body, clients, seconds, true);
      System.out.println("| " + args[1] + " | " + body.length + " B | " + row);
    }
  }

  private static String run(HttpClient client, URI target, String type, byte[] body, int clients, int seconds,
      boolean report) throws InterruptedException {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong errors = new AtomicLong();
    List<long[]> perThread = new ArrayList<>();
    int[] counts = new int[clients];
    CountDownLatch done = new CountDownLatch(clients);
    HttpRequest request = HttpRequest.newBuilder(target).header("Content-Type", type)
        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    for (int c = 0; c < clients; c++) {
      long[] lat = new long[2_000_000 / Math.max(1, clients)];
      perThread.add(lat);
      int me = c;
      Thread t = new Thread(() -> {
        try {
          while (!stop.get()) {
            long t0 = System.nanoTime();
            try {
              HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
              if (r.statusCode() != 200) {
                errors.incrementAndGet();
              }
            } catch (IOException e) {
              errors.incrementAndGet();
            }
            if (counts[me] < lat.length) {
              lat[counts[me]++] = System.nanoTime() - t0;
            }
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          done.countDown();
        }
      });
      t.setDaemon(true);
      t.start();
    }
    long start = System.nanoTime();
    Thread.sleep(seconds * 1000L);
    stop.set(true);
    done.await();
    double elapsed = (System.nanoTime() - start) / 1e9;
    if (!report) {
      return "";
    }
    int n = Arrays.stream(counts).sum();
    long[] all = new long[n];
    int k = 0;
    for (int c = 0; c < clients; c++) {
      System.arraycopy(perThread.get(c), 0, all, k, counts[c]);
      k += counts[c];
    }
    Arrays.sort(all);
    return String.format(Locale.ROOT, "%d | %d | %.0f | %.2f | %.2f | %d |", clients, n, n / elapsed,
        pct(all, 0.50), pct(all, 0.99), errors.get());
  }

  private static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }
}
