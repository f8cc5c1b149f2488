/** Implementation of the Spark functions and panels; not API. */
@NullMarked
package io.github.livskraft.spark.internal;

import org.jspecify.annotations.NullMarked;
