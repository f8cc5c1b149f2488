package io.github.livskraft.server.internal;

import io.github.livskraft.server.ServerErrorCode;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds concurrent work and time per request, and runs the work on a few worker threads in arrival order.
 *
 * <ul>
 *   <li><b>Admission</b>: at most {@code limit} requests are admitted at once (queued or computing); one more gets
 *       429 at once, before its body is read, so memory stays bounded by {@code limit} bodies.</li>
 *   <li><b>Computing</b>: admitted requests wait in a first-in, first-out queue for one of {@code workers} threads
 *       (by default as many as the machine has cores). Fewer threads than requests means each request computes
 *       without being time-sliced against dozens of others, so latency grows evenly with the queue instead of
 *       leaving a few requests starved (a long tail), and the CPU caches stay warm.</li>
 *   <li><b>Time</b>: a request that has not finished {@code timeout} after it was admitted (waiting included) gets
 *       503. If it never started it is dropped from the queue; if it is computing its worker is interrupted, and
 *       while it keeps running past its time an extra worker takes its place, so a stuck request cannot hold up the
 *       queue. The permit is released only when the work really ends, so slow work still counts against the
 *       limit.</li>
 * </ul>
 */
final class Gate implements AutoCloseable {
  private static final int QUEUED = 0;
  private static final int RUNNING = 1;
  private static final int DONE = 2;
  private static final int DROPPED = 3;

  private final Semaphore permits;
  private final int limit;
  private final int workers;
  private final ThreadPoolExecutor pool;
  private final Duration timeout;
  /** Workers added for requests computing past their time; guarded by {@code this}. */
  private int extra;

  /**
   * A gate.
   *
   * @param limit requests admitted at once (queued or computing)
   * @param workers threads computing at once, at most {@code limit}
   * @param timeout time per request from admission
   * @param name prefix of the worker thread names
   */
  Gate(int limit, int workers, Duration timeout, String name) {
    if (limit < 1 || workers < 1) {
      throw new IllegalArgumentException("limit and workers must be at least 1");
    }
    this.limit = limit;
    this.workers = Math.min(limit, workers);
    this.permits = new Semaphore(limit);
    this.timeout = timeout;
    AtomicInteger n = new AtomicInteger();
    ThreadFactory tf = r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    this.pool = new ThreadPoolExecutor(this.workers, this.workers, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), tf);
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
    AtomicInteger state = new AtomicInteger(QUEUED);
    boolean[] overran = new boolean[1]; // guarded by state's monitor
    FutureTask<T> task = new FutureTask<>(() -> {
      if (!state.compareAndSet(QUEUED, RUNNING)) {
        return null; // timed out before it started; the caller released the permit
      }
      try {
        return work.call();
      } finally {
        synchronized (state) {
          state.set(DONE);
          if (overran[0]) {
            shrink();
          }
        }
        permits.release();
      }
    });
    try {
      pool.execute(task);
    } catch (RuntimeException e) {
      permits.release();
      throw e;
    }
    try {
      return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      giveUp(task, state, overran);
      throw Problems.of(ServerErrorCode.TIMEOUT, timeout.toMillis());
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof Exception ex) {
        throw ex;
      }
      throw new IllegalStateException(c);
    } catch (InterruptedException e) {
      giveUp(task, state, overran);
      Thread.currentThread().interrupt();
      throw Problems.of(ServerErrorCode.TIMEOUT, timeout.toMillis());
    }
  }

  /** Drops a queued request (releasing its permit) or interrupts a computing one and lends the queue a worker. */
  private void giveUp(FutureTask<?> task, AtomicInteger state, boolean[] overran) {
    if (state.compareAndSet(QUEUED, DROPPED)) {
      pool.remove(task);
      permits.release();
      return;
    }
    synchronized (state) {
      if (state.get() == RUNNING) {
        overran[0] = true;
        grow();
      }
    }
    task.cancel(true);
  }

  private synchronized void grow() {
    extra++;
    pool.setMaximumPoolSize(workers + extra);
    pool.setCorePoolSize(workers + extra);
  }

  private synchronized void shrink() {
    extra--;
    pool.setCorePoolSize(workers + extra);
    pool.setMaximumPoolSize(workers + extra);
  }

  int available() {
    return permits.availablePermits();
  }

  /** Threads that may compute at once now (the configured workers plus any lent for overrunning requests). */
  synchronized int threads() {
    return workers + extra;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
