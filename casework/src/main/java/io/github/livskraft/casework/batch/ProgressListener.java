package io.github.livskraft.casework.batch;

/** Told after each case of a batch run (e.g. to draw a progress bar). */
@FunctionalInterface
public interface ProgressListener {
  /**
   * One more case done.
   *
   * @param done cases done so far (read or failed)
   * @param total all cases, or -1 while unknown
   */
  void progress(long done, long total);

  /** A listener that does nothing. */
  static ProgressListener none() {
    return (d, t) -> { };
  }
}
