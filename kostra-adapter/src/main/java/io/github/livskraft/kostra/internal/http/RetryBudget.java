package io.github.livskraft.kostra.internal.http;

import io.github.livskraft.kostra.RetryPolicy;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The retries one public call may spend, shared by every request it makes, including the v2→v1 fallback: the
 * first attempt of each request is free, every retry takes one from the budget of {@code maxAttempts - 1}.
 * Thread-safe.
 */
public final class RetryBudget {
  private final AtomicInteger retries;
  private final int total;

  private RetryBudget(int retries) {
    this.total = retries;
    this.retries = new AtomicInteger(retries);
  }

  /**
   * A budget for one call.
   *
   * @param policy the connection's policy
   * @return {@code policy.maxAttempts() - 1} retries
   */
  public static RetryBudget of(RetryPolicy policy) {
    return new RetryBudget(policy.maxAttempts() - 1);
  }

  /** @return whether a retry may be made (and takes it) */
  boolean take() {
    while (true) {
      int left = retries.get();
      if (left <= 0) {
        return false;
      }
      if (retries.compareAndSet(left, left - 1)) {
        return true;
      }
    }
  }

  /** @return the retries spent so far */
  public int spent() {
    return total - retries.get();
  }

  @Override
  public String toString() {
    return "RetryBudget[" + retries.get() + " of " + total + " left]";
  }
}
