package io.github.livskraft.kostra;

import io.github.livskraft.kostra.internal.time.ManualClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A clock that only moves when the code under test "sleeps": no test waits for a real backoff interval. */
public final class FakeTime extends Clock implements ManualClock {
  private Instant now;
  private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

  public FakeTime(Instant start) {
    this.now = start;
  }

  public FakeTime() {
    this(Instant.parse("2026-11-24T10:00:00Z"));
  }

  @Override
  public synchronized void sleep(Duration d) {
    sleeps.add(d);
    if (!d.isNegative()) {
      now = now.plus(d);
    }
  }

  public synchronized void advance(Duration d) {
    now = now.plus(d);
  }

  /** The waits asked for, in order. */
  public List<Duration> sleeps() {
    synchronized (sleeps) {
      return List.copyOf(sleeps);
    }
  }

  public Duration totalSlept() {
    return sleeps().stream().reduce(Duration.ZERO, Duration::plus);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }
}
