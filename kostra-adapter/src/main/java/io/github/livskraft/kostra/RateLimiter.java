package io.github.livskraft.kostra;

import io.github.livskraft.kostra.internal.time.Waits;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A sliding-window rate limiter shared by every client that talks to one SSB host: at most {@code permits}
 * requests in any window of {@code window} length (SSB: 30 per 60 seconds per IP address).
 *
 * <p>It adapts to the server: a lower {@code x-ratelimit-policy} (e.g. {@code 20;w=60s}) lowers the limit,
 * {@code x-ratelimit-remaining: 0} pauses every caller until the window has passed (or {@code x-ratelimit-reset}
 * seconds), and a 429 answer pauses every caller through {@link #pause(Duration)}. It never raises the limit above
 * the configured one.
 *
 * <p>Thread-safe. Not a global: create one per process (or per {@link SsbConnection}) and pass it to every client;
 * {@link SsbConnection#builder()} creates one that all clients built from that connection share.
 *
 * <pre>{@code
 * RateLimiter limiter = RateLimiter.of(30, Duration.ofSeconds(60));
 * limiter.acquire();   // blocks while 30 requests were sent in the last 60 s
 * }</pre>
 */
public final class RateLimiter {
  private final int configuredPermits;
  private final Duration window;
  private final Clock clock;
  private final ArrayDeque<Long> grants = new ArrayDeque<>();
  private int permits;
  private long blockedUntilMillis = Long.MIN_VALUE;

  private RateLimiter(int permits, Duration window, Clock clock) {
    if (permits < 1) {
      throw new KostraArgumentException("at-least-one", "permits", permits);
    }
    if (window.isNegative() || window.isZero()) {
      throw new KostraArgumentException("window", window);
    }
    this.configuredPermits = permits;
    this.permits = permits;
    this.window = window;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * A limiter with the system clock.
   *
   * @param permits requests per window
   * @param window the window
   * @return a new limiter
   */
  public static RateLimiter of(int permits, Duration window) {
    return new RateLimiter(permits, window, Clock.systemUTC());
  }

  /**
   * A limiter that measures its window with the given clock (e.g. the one given to {@link
   * SsbConnection.Builder#clock(Clock)}); it waits by sleeping until the clock has moved on.
   *
   * @param permits requests per window
   * @param window the window
   * @param clock the time source
   * @return a new limiter
   */
  public static RateLimiter of(int permits, Duration window, Clock clock) {
    return new RateLimiter(permits, window, clock);
  }

  /**
   * SSB's documented limit: {@value Defaults#RATE_LIMIT_REQUESTS} requests per 60 seconds.
   *
   * @return a new limiter
   */
  public static RateLimiter ssbDefault() {
    return of(Defaults.RATE_LIMIT_REQUESTS, Defaults.RATE_LIMIT_WINDOW);
  }

  /**
   * Blocks until a request may be sent, then records it.
   *
   * @throws InterruptedException if interrupted while waiting
   */
  public void acquire() throws InterruptedException {
    while (true) {
      long wait;
      synchronized (this) {
        long now = clock.millis();
        long windowMillis = window.toMillis();
        while (!grants.isEmpty() && grants.peekFirst() <= now - windowMillis) {
          grants.pollFirst();
        }
        if (now < blockedUntilMillis) {
          wait = blockedUntilMillis - now;
        } else if (grants.size() < permits) {
          grants.addLast(now);
          return;
        } else {
          wait = grants.peekFirst() + windowMillis - now;
        }
      }
      Waits.sleep(clock, Duration.ofMillis(Math.max(1, wait)));
    }
  }

  /**
   * Pauses every caller for a while (after a 429 answer).
   *
   * @param duration how long no request may be sent
   */
  public synchronized void pause(Duration duration) {
    long until = clock.millis() + Math.max(0, duration.toMillis());
    blockedUntilMillis = Math.max(blockedUntilMillis, until);
  }

  /**
   * Adapts to rate-limit headers of a response ({@code x-ratelimit-policy}, {@code x-ratelimit-remaining},
   * {@code x-ratelimit-reset}). Header names are matched case-insensitively; unreadable values are ignored.
   *
   * @param headers the response headers
   */
  public synchronized void observe(Map<String, List<String>> headers) {
    String policy = header(headers, "x-ratelimit-policy");
    if (policy != null) {
      adaptToPolicy(policy);
    }
    String remaining = header(headers, "x-ratelimit-remaining");
    if (remaining != null) {
      try {
        if (Long.parseLong(remaining.strip()) <= 0) {
          Duration reset = window;
          String resetText = header(headers, "x-ratelimit-reset");
          if (resetText != null) {
            try {
              reset = Duration.ofSeconds(Math.max(0, Long.parseLong(resetText.strip())));
            } catch (NumberFormatException ignored) {
              // keep the window
            }
          }
          blockedUntilMillis = Math.max(blockedUntilMillis, clock.millis() + reset.toMillis());
        }
      } catch (NumberFormatException ignored) {
        // not a number: ignore
      }
    }
  }

  private void adaptToPolicy(String policy) {
    // "40;w=60s" or "40;w=60"
    String[] parts = policy.split(";");
    try {
      int limit = Integer.parseInt(parts[0].strip());
      long seconds = window.toSeconds();
      for (int i = 1; i < parts.length; i++) {
        String p = parts[i].strip().toLowerCase(Locale.ROOT);
        if (p.startsWith("w=")) {
          String w = p.substring(2);
          if (w.endsWith("s")) {
            w = w.substring(0, w.length() - 1);
          }
          seconds = Long.parseLong(w);
        }
      }
      if (limit <= 0 || seconds <= 0) {
        return;
      }
      // scale the server's policy to our window, never above our configured limit
      long scaled = limit * window.toSeconds() / seconds;
      permits = (int) Math.max(1, Math.min(configuredPermits, scaled));
    } catch (NumberFormatException ignored) {
      // unreadable policy: keep the configured limit
    }
  }

  private static @Nullable String header(Map<String, List<String>> headers, String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return e.getValue().get(0);
      }
    }
    return null;
  }

  /**
   * The current limit (the configured one, or lower if the server asked for less).
   *
   * @return requests per window
   */
  public synchronized int permits() {
    return permits;
  }

  /**
   * The window length.
   *
   * @return the window
   */
  public Duration window() {
    return window;
  }

  @Override
  public String toString() {
    return "RateLimiter[" + permits() + " per " + window.toSeconds() + " s]";
  }
}
