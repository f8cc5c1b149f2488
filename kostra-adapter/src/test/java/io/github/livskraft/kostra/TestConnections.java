package io.github.livskraft.kostra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.random.RandomGenerator;

/** Connections to a stub server with fake time, short time-outs and deterministic jitter. */
public final class TestConnections {
  private TestConnections() {}

  public static SsbConnection.Builder to(StubSsbServer server, FakeTime time) {
    return SsbConnection.builder()
        .baseUri(server.root())
        .clock(time)
        .random(new RandomGenerator() { // jitter 0.5: deterministic backoff
          @Override
          public long nextLong() {
            return Long.MIN_VALUE;
          }

          @Override
          public double nextDouble() {
            return 0.5;
          }
        })
        .requestTimeout(Duration.ofSeconds(5))
        .connectTimeout(Duration.ofSeconds(2))
        .retryPolicy(new RetryPolicy(4, Duration.ofSeconds(2), Duration.ofSeconds(60), 2.0, 0.5,
            Duration.ofMinutes(5)))
        .rateLimiter(RateLimiter.of(30, Duration.ofSeconds(60), time));
  }

  public static SsbConnection.Builder cached(StubSsbServer server, FakeTime time, Path dir) {
    return to(server, time).cacheDirectory(dir);
  }
}
