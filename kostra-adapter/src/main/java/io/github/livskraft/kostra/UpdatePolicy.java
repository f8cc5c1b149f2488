package io.github.livskraft.kostra;

/**
 * When a cached SSB response may be used instead of asking SSB again.
 *
 * <p>Norwegian: oppdateringsregel for mellomlageret.
 */
public enum UpdatePolicy {
  /** Never touch the network: serve the disk cache or a bundled snapshot, or fail with a clear error. */
  OFFLINE_ONLY,
  /**
   * Use a cached response while it is fresh: younger than the configured maximum age, or still matching the
   * table's {@code updated} time stamp at SSB. Otherwise fetch again.
   */
  USE_IF_FRESH,
  /** Always fetch from SSB and overwrite the cache. */
  ALWAYS_REFRESH
}
