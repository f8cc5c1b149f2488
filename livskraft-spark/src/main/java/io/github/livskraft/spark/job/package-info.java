/**
 * Runnable Spark jobs ({@code spark-submit --class …}): {@link io.github.livskraft.spark.job.TagDocumentsJob} tags a
 * folder of documents.
 */
@NullMarked
package io.github.livskraft.spark.job;

import org.jspecify.annotations.NullMarked;
