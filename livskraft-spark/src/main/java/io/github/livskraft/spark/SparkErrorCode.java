package io.github.livskraft.spark;

import io.github.livskraft.sdg.ErrorCode;

/**
 * The codes of {@link LivskraftSparkException}, with texts in English, bokmål and nynorsk in
 * {@code livskraft-messages/spark_en|nb|nn.properties}.
 */
@ErrorCode.Bundle("spark")
public enum SparkErrorCode implements ErrorCode {
  /** An unknown language tag (expected {@code en}, {@code nb} or {@code nn}). Arguments: the tag. */
  UNKNOWN_LANGUAGE("SPARK-0001"),
  /** A DataFrame lacks a required column. Arguments: what lacks it, the column, the columns expected. */
  MISSING_COLUMN("SPARK-0002"),
  /** A panel input breaks the panel's rules. Arguments: none (population-weighted mean without population). */
  INVALID_PANEL_INPUT("SPARK-0003"),
  /**
   * A document a file format library failed to read in a way the casework reader does not name (reported in
   * {@code sdg_assess}'s {@code error_code} column, not thrown). Arguments: the file, what the library threw.
   */
  UNREADABLE_DOCUMENT("SPARK-0004"),
  /** A tagger specification without rules (neither the bundled rules nor rule texts of its own). No arguments. */
  NO_RULES("SPARK-0005"),
  /** A job started with the wrong arguments. Arguments: the job's usage line, the number of arguments given. */
  USAGE("SPARK-0006");

  private final String code;

  SparkErrorCode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
