package io.github.livskraft.spark;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * A supplier that Spark can ship to executors: write it as a lambda, e.g.
 * {@code () -> ProgressOptions.of(Direction.HIGHER_IS_BETTER).withTarget(100, Period.year(2030))}. It is called on
 * the executors, so it must not capture driver-only state (a SparkSession, an open file).
 *
 * @param <T> the supplied type
 */
@FunctionalInterface
public interface SerializableSupplier<T> extends Supplier<T>, Serializable {}
