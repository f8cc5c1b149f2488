package io.github.livskraft.plan;

import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.LocalizedText;
import io.github.livskraft.sdg.MessageFragment;
import org.jspecify.annotations.Nullable;

/**
 * A plan file that cannot be read: bad JSON/YAML syntax, an unknown property, a wrong type or an invalid value
 * (e.g. SDG target {@code 11.99x}). Names the file, line and column, the JSON path and what was expected, in
 * English, bokmål and nynorsk. Nothing is returned for a file that fails to parse.
 */
public class PlanParseException extends PlanModelException {
  private static final long serialVersionUID = 1L;

  private final SourceLocation location;
  private final String path;
  private final transient @Nullable LocalizedText detail;
  private final String detailEn;

  /**
   * Creates an exception.
   *
   * @param errorCode the stable code ({@code PLAN-P001} syntax, {@code PLAN-P002} unknown property,
   *     {@code PLAN-P003} wrong type or invalid value, {@code PLAN-P004} unsupported format version,
   *     {@code PLAN-P005} I/O, {@code PLAN-P006} over a limit, {@code PLAN-P007} YAML alias, {@code PLAN-P008}
   *     duplicate key)
   * @param location where
   * @param path the JSON path, e.g. {@code $.plans[0].elements[2].kind}
   * @param detail what was wrong and what was expected (a fragment of the plan bundle, such as
   *     {@code PlanErrorCode.INVALID_VALUE.fragment("value", …)})
   * @param cause the cause, or {@code null}
   */
  public PlanParseException(PlanErrorCode errorCode, SourceLocation location, String path, MessageFragment detail,
      @Nullable Throwable cause) {
    this(errorCode, location, path, detail.toLocalizedText(), cause);
  }

  /**
   * Creates an exception whose detail is made of several parts (a fragment and a hint).
   *
   * @param errorCode the stable code
   * @param location where
   * @param path the JSON path, e.g. {@code $.plans[0].elements[2].kind}
   * @param detail what was wrong and what was expected, in the three languages
   * @param cause the cause, or {@code null}
   */
  public PlanParseException(PlanErrorCode errorCode, SourceLocation location, String path, LocalizedText detail,
      @Nullable Throwable cause) {
    super(errorCode, prefixed(location, path, detail), cause);
    this.location = location;
    this.path = path;
    this.detail = detail;
    this.detailEn = detail.text(Language.EN);
  }

  private static LocalizedText prefixed(SourceLocation location, String path, LocalizedText detail) {
    String where = location + (path.isEmpty() ? "" : " " + path) + ": ";
    return PlanErrorCode.localized(l -> where + detail.text(l));
  }

  /**
   * The same problem at a better location.
   *
   * @param where the location
   * @return a new exception with the same code, path, detail and cause
   */
  public PlanParseException at(SourceLocation where) {
    return new PlanParseException(errorCode(), where, path, detailText(), getCause());
  }

  private LocalizedText detailText() {
    LocalizedText d = detail;
    return d == null ? PlanErrorCode.localized(l -> detailEn) : d;
  }

  /** Where the problem is. */
  public SourceLocation location() {
    return location;
  }

  /** The JSON path, e.g. {@code $.plans[0].elements[2].kind}, or empty. */
  public String path() {
    return path;
  }

  /** What was wrong and what was expected, in English. */
  public String detail() {
    return detailEn;
  }

  /**
   * What was wrong and what was expected.
   *
   * @param language the language
   * @return the detail, without location and code
   */
  public String detail(Language language) {
    return detailText().text(language);
  }
}
