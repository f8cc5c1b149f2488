package io.github.livskraft.indicators.calc;

/** How municipal values are combined into a value for a group of municipalities. */
public enum AggregationMethod {
  /** The sum (counts, tonnes, areas). */
  SUM,
  /** The unweighted mean. */
  MEAN,
  /** The mean weighted by population (rates per inhabitant, shares of the population). */
  POPULATION_WEIGHTED_MEAN,
  /** The median (robust summary). */
  MEDIAN
}
