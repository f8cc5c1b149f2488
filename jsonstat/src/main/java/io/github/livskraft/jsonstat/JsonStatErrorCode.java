package io.github.livskraft.jsonstat;

import io.github.livskraft.sdg.ErrorCode;
import io.github.livskraft.sdg.Language;
import java.util.Locale;
import java.util.Objects;

/**
 * Stable, searchable codes for every problem the JSON-stat reader reports; the texts are in the module's message
 * bundle ({@code /livskraft-messages/jsonstat_en|nb|nn.properties}) in English, bokmål and nynorsk.
 *
 * <p>The code ({@code JSONSTAT-0001} …) never changes meaning once released; the wording may improve.
 */
@ErrorCode.Bundle("jsonstat")
public enum JsonStatErrorCode implements ErrorCode {
  /** The bytes are not well-formed JSON (or end too early). */
  MALFORMED_JSON("JSONSTAT-0001"),
  /** A property has the wrong JSON type, e.g. a string where a number array was expected. */
  UNEXPECTED_TYPE("JSONSTAT-0002"),
  /** A required property ({@code id}, {@code size}, {@code dimension}, {@code value}, a category …) is missing. */
  MISSING_PROPERTY("JSONSTAT-0003"),
  /** {@code size} and {@code id} have different lengths. */
  SIZE_ID_MISMATCH("JSONSTAT-0004"),
  /** The number of values does not match the product of the sizes. */
  VALUE_COUNT_MISMATCH("JSONSTAT-0005"),
  /** A sparse value/status key or a category position lies outside its valid range. */
  INDEX_OUT_OF_RANGE("JSONSTAT-0006"),
  /** A dimension id or category id occurs twice. */
  DUPLICATE_ID("JSONSTAT-0007"),
  /** A size is negative, not an integer, or the product of the sizes overflows. */
  INVALID_SIZE("JSONSTAT-0008"),
  /** A configured limit (maximum cells or bytes) was exceeded. */
  LIMIT_EXCEEDED("JSONSTAT-0009"),
  /** A JSON-stat 1.x document (bundle keyed by dataset name, or id/size inside dimension). */
  JSON_STAT_1("JSONSTAT-0010"),
  /** The dimension's categories do not match its size. */
  CATEGORY_COUNT_MISMATCH("JSONSTAT-0011"),
  /** The status array has neither one entry nor one per cell. */
  STATUS_COUNT_MISMATCH("JSONSTAT-0012"),
  /** A role or lookup names a dimension that the dataset does not have. */
  UNKNOWN_DIMENSION("JSONSTAT-0013"),
  /** A lookup names a category code or label that the dimension does not have. */
  UNKNOWN_CATEGORY("JSONSTAT-0014"),
  /** The document is not of the expected class, e.g. a collection where a dataset was asked for. */
  WRONG_CLASS("JSONSTAT-0015"),
  /** The {@code version} is neither 2.0 nor a recognised 1.x version. */
  UNSUPPORTED_VERSION("JSONSTAT-0016"),
  /** A cell address has the wrong number of coordinates or a position outside the cube. */
  INVALID_COORDINATES("JSONSTAT-0017"),
  /** The JSON is an object but not a JSON-stat document (e.g. PxWebApi metadata or a query body). */
  NOT_JSON_STAT("JSONSTAT-0018"),
  /** Two datasets being merged hold different values for the same cell. */
  MERGE_CONFLICT("JSONSTAT-0019"),
  /** A reader limit out of its range. Arguments: the limit's name, the least and the largest value, the value. */
  INVALID_LIMIT("JSONSTAT-0020"),
  /** {@code JsonStatDataset.merge} of no parts. No arguments. */
  NOTHING_TO_MERGE("JSONSTAT-0021"),
  /** Any other problem (used by the legacy message-only constructor). */
  OTHER("JSONSTAT-0099");

  private final String code;

  JsonStatErrorCode(String code) {
    this.code = code;
  }

  /** The stable code, e.g. {@code JSONSTAT-0005}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The bare message (without code and path) for a locale: bokmål ({@code nb}, {@code no}), nynorsk
   * ({@code nn}) or English (everything else). Numbers stay plain digits: they are counts, sizes and positions in
   * the document, never "1,250" or "1 250"; a {@link io.github.livskraft.sdg.MessageFragment} argument
   * ({@link #fragment(String, Object...)}) is written in the same language.
   *
   * @param locale the reader's locale
   * @param args the arguments of the message pattern
   * @return the message
   */
  public String text(Locale locale, Object... args) {
    Objects.requireNonNull(locale, "locale");
    Object[] plain = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      plain[i] = args[i] instanceof Number n ? String.valueOf(n) : args[i];
    }
    return messages().format(code, Language.of(locale), plain);
  }
}
