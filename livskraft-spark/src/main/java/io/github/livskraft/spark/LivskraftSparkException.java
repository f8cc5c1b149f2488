package io.github.livskraft.spark;

import java.util.Objects;

/**
 * Bad input to a Livskraft Spark function or panel: a stable {@linkplain #code() code}, the value and where it was,
 * and what was expected, in English, bokmål and nynorsk.
 *
 * <ul>
 *   <li>{@code SPARK-0001}: an unknown language tag (expected {@code en}, {@code nb} or {@code nn}).
 *   <li>{@code SPARK-0002}: a DataFrame lacks a required column.
 *   <li>{@code SPARK-0003}: a panel input violates the panel's rules (e.g. a region in two groups).
 * </ul>
 */
public final class LivskraftSparkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Unknown language tag. */
  public static final String UNKNOWN_LANGUAGE = "SPARK-0001";
  /** Missing column. */
  public static final String MISSING_COLUMN = "SPARK-0002";
  /** Invalid panel input. */
  public static final String INVALID_PANEL_INPUT = "SPARK-0003";

  private final String code;

  /**
   * Creates the exception.
   *
   * @param code the stable code, e.g. {@code SPARK-0001}
   * @param english the English text
   * @param bokmaal the bokmål text
   * @param nynorsk the nynorsk text
   */
  public LivskraftSparkException(String code, String english, String bokmaal, String nynorsk) {
    super(code + ": " + english + " / " + bokmaal + " / " + nynorsk);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** The stable code, e.g. {@code SPARK-0001}. */
  public String code() {
    return code;
  }
}
