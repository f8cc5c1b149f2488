package io.github.livskraft.kostra.pxweb;

/**
 * Hears about the progress of a multi-part download. Called on the fetching thread; keep it quick.
 *
 * <pre>{@code
 * statbank.fetch(query, new ProgressListener() {
 *   public void partDone(int done, int total, long cells, Source source) {
 *     System.err.printf("%d/%d%n", done, total);
 *   }
 * });
 * }</pre>
 */
public interface ProgressListener {
  /** Where a part came from. */
  enum Source {
    /** Fetched from SSB now. */
    NETWORK,
    /** Read from the disk cache. */
    CACHE,
    /** Read from a snapshot bundled with the library (offline mode). */
    BUNDLED
  }

  /** A listener that ignores everything. */
  ProgressListener NONE = new ProgressListener() {};

  /**
   * The query was planned.
   *
   * @param plan the plan (parts, cells)
   */
  default void planned(QueryPlan plan) {}

  /**
   * One part finished.
   *
   * @param done parts finished so far (1-based)
   * @param total parts in all
   * @param cells cells in this part
   * @param source where it came from
   */
  default void partDone(int done, int total, long cells, Source source) {}
}
