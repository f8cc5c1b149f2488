package io.github.livskraft.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The gate's admission limit (429), its first-in first-out workers and its time limit (503). */
class GateTest {

  /** Admits {@code limit}, refuses the next with SERVER-0006, and computes on one worker in arrival order. */
  @Test
  void admitsUpToTheLimitAndComputesInArrivalOrder() throws Exception {
    try (Gate gate = new Gate(4, 1, Duration.ofSeconds(10), "test")) {
      ExecutorService callers = Executors.newFixedThreadPool(4);
      CountDownLatch firstRunning = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      List<Integer> order = Collections.synchronizedList(new ArrayList<>());
      AtomicInteger running = new AtomicInteger();
      AtomicInteger mostAtOnce = new AtomicInteger();
      List<Future<Integer>> results = new ArrayList<>();
      try {
        for (int i = 0; i < 4; i++) {
          int me = i;
          gate.acquire(); // on the test thread, in order, as Jetty threads do before they read the body
          results.add(callers.submit(() -> gate.run(() -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            order.add(me);
            if (me == 0) {
              firstRunning.countDown();
              release.await();
            }
            running.decrementAndGet();
            return me;
          })));
          if (i == 0) {
            assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue(); // the others queue behind it
          } else {
            Thread.sleep(50); // let caller i submit before caller i+1
          }
        }
        assertThatThrownBy(gate::acquire).isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.status()).isEqualTo(429);
          assertThat(e.code()).isEqualTo("SERVER-0006");
        });
        release.countDown();
        for (int i = 0; i < 4; i++) {
          assertThat(results.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i);
        }
        assertThat(order).containsExactly(0, 1, 2, 3);
        assertThat(mostAtOnce.get()).isEqualTo(1);
        assertThat(gate.available()).isEqualTo(4);
      } finally {
        release.countDown();
        callers.shutdownNow();
      }
    }
  }

  /**
   * A request given up while still queued (its caller interrupted, the same path as its time running out there)
   * gets 503, never runs, and gives its permit back at once.
   */
  @Test
  void aRequestGivenUpInTheQueueNeverRuns() throws Exception {
    try (Gate gate = new Gate(2, 1, Duration.ofSeconds(10), "test")) {
      CountDownLatch busy = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      ExecutorService callers = Executors.newFixedThreadPool(2);
      try {
        gate.acquire();
        Future<Object> first = callers.submit(() -> gate.run(() -> {
          busy.countDown();
          release.await();
          return "first";
        }));
        assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();
        AtomicBoolean ran = new AtomicBoolean();
        gate.acquire();
        Future<Object> second = callers.submit(() -> gate.run(() -> ran.getAndSet(true)));
        Thread.sleep(200); // queued behind the first
        assertThat(gate.available()).isZero();
        second.cancel(true); // interrupts its caller, as a timeout would give it up
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (gate.available() < 1 && System.nanoTime() < until) {
          Thread.sleep(10);
        }
        assertThat(gate.available()).as("the dropped request's permit is back at once").isEqualTo(1);
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
        Thread.sleep(100);
        assertThat(ran).as("dropped from the queue, never computed").isFalse();
        assertThat(gate.available()).isEqualTo(2);
      } finally {
        release.countDown();
        callers.shutdownNow();
      }
    }
  }

  /**
   * Work that ignores the interrupt and runs past its time keeps its permit, but a worker is lent so the queue
   * behind it moves; the lent worker goes when the stuck work ends.
   */
  @Test
  void stuckWorkDoesNotHoldUpTheQueue() throws Exception {
    try (Gate gate = new Gate(3, 1, Duration.ofMillis(300), "test")) {
      CountDownLatch unstick = new CountDownLatch(1);
      CountDownLatch started = new CountDownLatch(1);
      ExecutorService callers = Executors.newSingleThreadExecutor();
      try {
        gate.acquire();
        Future<Object> stuck = callers.submit(() -> gate.run(() -> {
          started.countDown();
          while (true) {
            try {
              if (unstick.await(10, TimeUnit.SECONDS)) {
                return "late";
              }
            } catch (InterruptedException ignored) {
              // stuck: keeps going
            }
          }
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> stuck.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(ApiException.class);
        assertThat(gate.available()).as("the stuck work still counts against the limit").isEqualTo(2);
        assertThat(gate.threads()).isEqualTo(2);
        gate.acquire();
        assertThat(gate.<String>run(() -> "next")).isEqualTo("next");
        unstick.countDown();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while ((gate.available() < 3 || gate.threads() > 1) && System.nanoTime() < until) {
          Thread.sleep(20);
        }
        assertThat(gate.available()).isEqualTo(3);
        assertThat(gate.threads()).isEqualTo(1);
      } finally {
        unstick.countDown();
        callers.shutdownNow();
      }
    }
  }
}
