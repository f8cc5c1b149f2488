package io.github.livskraft.kostra;

import java.time.Duration;
import java.util.Objects;

/**
 * Retries with exponential backoff and jitter for HTTP 429 (with or without {@code Retry-After}), 502, 503, 504,
 * time-outs and broken connections.
 *
 * <p>The wait before retry {@code n} (1-based) is {@code b = min(maxBackoff, initialBackoff · multiplier^(n-1))},
 * jittered into {@code [b·(1-jitter), b]}. A {@code Retry-After} header wins when it asks for longer.
 *
 * @param maxAttempts attempts in total, at least 1 (1 = no retries)
 * @param initialBackoff wait before the first retry
 * @param maxBackoff upper bound of one wait
 * @param multiplier growth factor, at least 1
 * @param jitter fraction of the wait that is random, 0–1
 * @param maxRetryAfter the longest {@code Retry-After} the client will honour; a longer one fails at once
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, double multiplier,
    double jitter, Duration maxRetryAfter) {

  /** Validates. */
  public RetryPolicy {
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    if (maxAttempts < 1) {
      throw new KostraArgumentException("at-least-one", "maxAttempts", maxAttempts);
    }
    if (initialBackoff.isNegative() || maxBackoff.isNegative() || maxRetryAfter.isNegative()) {
      throw new KostraArgumentException("backoff", initialBackoff, maxBackoff, maxRetryAfter);
    }
    if (!(multiplier >= 1.0) || !(jitter >= 0.0 && jitter <= 1.0)) {
      throw new KostraArgumentException("multiplier", multiplier, jitter);
    }
  }

  /**
   * The defaults: 5 attempts, 2 s doubling up to 60 s, half of each wait random, {@code Retry-After} honoured up to
   * 5 minutes.
   *
   * @return the default policy
   */
  public static RetryPolicy recommended() {
    return new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofSeconds(60), 2.0, 0.5, Duration.ofMinutes(5));
  }

  /**
   * No retries at all.
   *
   * @return a policy with one attempt
   */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 1.0, 0.0, Duration.ZERO);
  }

  /**
   * The wait before a retry.
   *
   * @param retry the retry number, 1 for the first retry
   * @param random a number in {@code [0, 1)} (injected so that tests are deterministic)
   * @return the wait
   */
  public Duration backoff(int retry, double random) {
    double base = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, retry - 1));
    double capped = Math.min(maxBackoff.toMillis(), base);
    double r = Math.min(Math.max(random, 0.0), 1.0);
    return Duration.ofMillis(Math.round(capped * (1.0 - jitter) + capped * jitter * r));
  }
}
