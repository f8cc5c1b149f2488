package io.github.livskraft.kostra;

import java.time.Duration;

/**
 * Waits for a duration. Injected into the rate limiter and the retry loop so that tests never sleep for real
 * backoff intervals.
 */
@FunctionalInterface
public interface Sleeper {
  /**
   * Waits.
   *
   * @param duration how long; zero or negative returns at once
   * @throws InterruptedException if the thread is interrupted
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * The real sleeper ({@link Thread#sleep(long)}).
   *
   * @return a sleeper that blocks the calling thread
   */
  static Sleeper system() {
    return d -> {
      if (!d.isNegative() && !d.isZero()) {
        Thread.sleep(d.toMillis());
      }
    };
  }
}
