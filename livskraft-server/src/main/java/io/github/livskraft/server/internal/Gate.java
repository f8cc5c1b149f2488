package io.github.livskraft.server.internal;

import io.github.livskraft.server.ServerErrorCode;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds concurrent work and time per request. A request that finds every permit taken gets 429 at once (no
 * queue, so memory stays bounded); one that computes longer than the timeout gets 503 and its worker is
 * interrupted. The permit is released when the worker really ends, so slow work still counts against the limit.
 */
final class Gate implements AutoCloseable {
  private final Semaphore permits;
  private final int limit;
  private final ExecutorService workers;
  private final Duration timeout;

  Gate(int limit, Duration timeout, String name) {
    this.limit = limit;
    this.permits = new Semaphore(limit);
    this.timeout = timeout;
    AtomicInteger n = new AtomicInteger();
    ThreadFactory tf = r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    this.workers = Executors.newCachedThreadPool(tf);
  }

  /** Takes a permit or fails with 429. The caller must {@link #release()} unless it hands the permit to {@link #run}. */
  void acquire() {
    if (!permits.tryAcquire()) {
      throw Problems.of(ServerErrorCode.TOO_MANY_REQUESTS, limit);
    }
  }

  void release() {
    permits.release();
  }

  /** Runs work that holds a permit taken by {@link #acquire()}; the permit is released when the work ends. */
  <T> T run(Callable<T> work) throws Exception {
    java.util.concurrent.atomic.AtomicBoolean claimed = new java.util.concurrent.atomic.AtomicBoolean();
    Future<T> f;
    try {
      f = workers.submit(() -> {
        if (!claimed.compareAndSet(false, true)) {
          return null; // timed out before it started; the caller released the permit
        }
        try {
          return work.call();
        } finally {
          permits.release();
        }
      });
    } catch (RuntimeException e) {
      permits.release();
      throw e;
    }
    try {
      return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      if (claimed.compareAndSet(false, true)) {
        permits.release();
      }
      f.cancel(true);
      throw Problems.of(ServerErrorCode.TIMEOUT, timeout.toMillis());
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof Exception ex) {
        throw ex;
      }
      throw new IllegalStateException(c);
    } catch (InterruptedException e) {
      if (claimed.compareAndSet(false, true)) {
        permits.release();
      }
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw Problems.of(ServerErrorCode.TIMEOUT, timeout.toMillis());
    }
  }

  int available() {
    return permits.availablePermits();
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
