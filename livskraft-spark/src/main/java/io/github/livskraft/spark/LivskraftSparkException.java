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
 *   <li>{@code SPARK-0004}: a document could not be read by a file format library in a way the casework reader
 *       does not name (reported in {@code sdg_assess}'s {@code error_code} column, not thrown).
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
  /** A document no reader could read. */
  public static final String UNREADABLE_DOCUMENT = "SPARK-0004";

  private final String code;
  private final String english;

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
    this.english = code + ": " + english;
  }

  /**
   * {@code SPARK-0004}: a document that a file format library failed to read.
   *
   * @param source the file
   * @param cause what the library threw
   * @return the exception
   */
  public static LivskraftSparkException unreadable(String source, Throwable cause) {
    String what = cause.getClass().getSimpleName();
    LivskraftSparkException e = new LivskraftSparkException(UNREADABLE_DOCUMENT,
        source + ": the document could not be read (" + what + "); expected a saksframlegg as plain text, HTML,"
            + " DOCX or PDF",
        source + ": dokumentet kunne ikke leses (" + what + "); forventet et saksframlegg som ren tekst, HTML,"
            + " DOCX eller PDF",
        source + ": dokumentet kunne ikkje lesast (" + what + "); venta eit saksframlegg som rein tekst, HTML,"
            + " DOCX eller PDF");
    e.initCause(cause);
    return e;
  }

  /** The message in English, starting with the code. */
  public String englishMessage() {
    return english;
  }

  /** The stable code, e.g. {@code SPARK-0001}. */
  public String code() {
    return code;
  }
}
