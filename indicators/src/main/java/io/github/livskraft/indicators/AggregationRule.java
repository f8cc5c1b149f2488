package io.github.livskraft.indicators;

/**
 * How an indicator may be aggregated across municipalities (a region group, a county, the country).
 * SSB's own national and group figures ({@code EAK}, {@code EKG..}) are weighted estimates: use them as published
 * rather than recomputing them.
 */
public enum AggregationRule {
  /** Add the municipal values (counts, tonnes, km²). */
  SUM,
  /** Mean weighted by population (rates per inhabitant, shares of the population). */
  POPULATION_WEIGHTED_MEAN,
  /** Recompute from the summed numerator and denominator series (the exact way for ratios and shares). */
  RECOMPUTE_FROM_COMPONENTS,
  /** Median of the municipal values (robust summary; not an aggregate in the statistical sense). */
  MEDIAN,
  /** Not aggregable (e.g. ratios of rates such as UN 11.3.1). */
  NOT_AGGREGABLE
}
