package io.github.livskraft.spark;

import org.apache.spark.sql.SparkSession;

/** One small local[2] session per test class: no UI, two shuffle partitions, bound to 127.0.0.1. */
final class LocalSpark {
  private LocalSpark() {}

  static SparkSession start(String name) {
    return SparkSession.builder()
        .appName(name)
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.session.timeZone", "UTC")
        // tests are tiny: interpreting beats compiling generated code (seconds per plan on a loaded machine)
        .config("spark.sql.codegen.wholeStage", "false")
        .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
        .config("spark.sql.warehouse.dir", System.getProperty("java.io.tmpdir") + "/livskraft-spark-warehouse")
        .getOrCreate();
  }
}
