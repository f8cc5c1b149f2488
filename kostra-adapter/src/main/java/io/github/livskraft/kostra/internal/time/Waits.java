package io.github.livskraft.kostra.internal.time;

import java.time.Clock;
import java.time.Duration;

/** Waits measured against a {@link Clock}: a real pause for real clocks, an advance for a {@link ManualClock}. */
public final class Waits {
  private Waits() {}

  /**
   * Waits for a duration.
   *
   * @param clock the connection's clock
   * @param duration how long; zero or negative returns at once
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  public static void sleep(Clock clock, Duration duration) throws InterruptedException {
    if (duration.isNegative() || duration.isZero()) {
      return;
    }
    if (clock instanceof ManualClock manual) {
      manual.sleep(duration);
      return;
    }
    Thread.sleep(duration.toMillis(), (int) (duration.toNanosPart() % 1_000_000));
  }
}
