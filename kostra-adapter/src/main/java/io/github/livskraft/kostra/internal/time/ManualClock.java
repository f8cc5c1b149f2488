package io.github.livskraft.kostra.internal.time;

import java.time.Duration;

/**
 * A {@link java.time.Clock} that moves only when told to. {@link Waits#sleep} advances such a clock instead of
 * sleeping. Internal: not exported, so only this module (and its tests) can provide one.
 */
public interface ManualClock {
  /**
   * Moves the clock forward; called instead of sleeping.
   *
   * @param duration how far, positive
   */
  void sleep(Duration duration);
}
