package io.github.livskraft.sdg;

/** The IAEG-SDGs tier of an indicator: how established its methodology and data coverage are. */
public enum TierLevel {
  /** Tier I: established methodology, data regularly produced by at least 50 per cent of countries. */
  TIER_I,
  /** Tier II: established methodology, data not regularly produced by countries. */
  TIER_II,
  /** Tier III: no established methodology yet. */
  TIER_III,
  /** Different tiers for different components, e.g. "Tier I (a)/Tier II (b)". */
  MULTI
}
