/**
 * Livskraft on Apache Spark: Spark SQL functions for SDG tagging, explicit SDG references and catalogue look-ups
 * ({@link io.github.livskraft.spark.LivskraftFunctions}), and indicator panels over DataFrames of tidy observations
 * ({@link io.github.livskraft.spark.IndicatorPanels}) that delegate to the plain-Java calculators of the
 * {@code indicators} and {@code kostra-adapter} modules, so that results equal the single-machine results.
 */
@NullMarked
package io.github.livskraft.spark;

import org.jspecify.annotations.NullMarked;
