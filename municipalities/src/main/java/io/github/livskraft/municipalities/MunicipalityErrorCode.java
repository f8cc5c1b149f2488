package io.github.livskraft.municipalities;

import io.github.livskraft.sdg.ErrorCode;

/**
 * Stable, searchable codes for every problem the {@code municipalities} module reports ({@code MUN-0001} …); the
 * texts are in {@code /livskraft-messages/municipalities_en|nb|nn.properties}, each naming the value, where it was
 * and what was expected. A code never changes meaning once released; the wording may improve.
 */
@ErrorCode.Bundle("municipalities")
public enum MunicipalityErrorCode implements ErrorCode {
  /**
   * A resolution that is not automatic was asked for its single target code. Arguments: the code, the target day,
   * the outcome (label), the codes on the target day, the changes walked.
   */
  NOT_AUTOMATIC("MUN-0001"),
  /** A KLASS answer that is not JSON. Arguments: the request, line, column. */
  KLASS_NOT_JSON("MUN-0010"),
  /** A KLASS answer without its list ({@code codes}, {@code codeChanges}). Arguments: the request, the field. */
  KLASS_NO_LIST("MUN-0011"),
  /** A KLASS code or change without a required field. Arguments: the request, the JSON path of the field. */
  KLASS_MISSING_FIELD("MUN-0012"),
  /** A KLASS change with neither {@code oldCode} nor {@code newCode}. Arguments: the request, the JSON path. */
  KLASS_CHANGE_WITHOUT_CODE("MUN-0013"),
  /** A KLASS date that is not {@code yyyy-MM-dd}. Arguments: the request, the value, the JSON path. */
  KLASS_BAD_DATE("MUN-0014"),
  /** A bundled data file missing from the jar. Arguments: the resource. */
  BUNDLED_MISSING("MUN-0020"),
  /** A bundled CSV file with another header. Arguments: the file, the expected header, the header found. */
  BUNDLED_HEADER("MUN-0021"),
  /** A bundled CSV line with another number of fields. Arguments: the file, line, expected, found. */
  BUNDLED_FIELDS("MUN-0022"),
  /** A bundled CSV year that is not a number. Arguments: the file, line, column, the value. */
  BUNDLED_YEAR("MUN-0023"),
  /** A bundled CSV code not of the form {@code municip_nor0301}. Arguments: the file, line, the value. */
  BUNDLED_CODE("MUN-0024"),
  /** A municipality number not of four digits with a known county prefix. Arguments: the value. */
  INVALID_MUNICIPALITY_CODE("MUN-0030"),
  /** A municipality text that {@code MunicipalityCode.parse} cannot read. Arguments: the text. */
  INVALID_MUNICIPALITY_TEXT("MUN-0031"),
  /** A county number that is not a county of SSB classification 104. Arguments: the value. */
  INVALID_COUNTY_CODE("MUN-0032"),
  /** A region text that is no municipality, county, country or group id. Arguments: the text. */
  INVALID_REGION("MUN-0033"),
  /** A region group id with other characters. Arguments: the id. */
  INVALID_GROUP_ID("MUN-0034"),
  /** A region group listing a municipality twice. Arguments: the group id, the municipality. */
  DUPLICATE_GROUP_MEMBER("MUN-0035"),
  /** A validity period that ends before it starts. Arguments: the code, the end, the start. */
  PERIOD_ENDS_BEFORE_START("MUN-0036"),
  /** A code change without an old and without a new code. No arguments. */
  CHANGE_WITHOUT_CODE("MUN-0037");

  private final String code;

  MunicipalityErrorCode(String code) {
    this.code = code;
  }

  /** The stable code, e.g. {@code MUN-0030}. */
  @Override
  public String code() {
    return code;
  }
}
