package io.github.livskraft.indicators;

/**
 * Stable, searchable codes for the errors of the {@code indicators} module ({@code IND-0001} …). The code is part
 * of every message, so users can search for it.
 */
public enum IndicatorErrorCode {
  /** An unclassified error. */
  GENERAL("IND-0000"),
  /** An indicator id is not in the library. */
  UNKNOWN_INDICATOR("IND-0001"),
  /** A definition file is malformed (JSON syntax, missing or invalid field). */
  DEFINITION_FORMAT("IND-0002"),
  /** Two definition files define the same id without an explicit override. */
  DUPLICATE_DEFINITION("IND-0003"),
  /** A period text is not in a supported form. */
  PERIOD_FORMAT("IND-0004"),
  /** A series file (tidy CSV) is malformed. */
  SERIES_FORMAT("IND-0005"),
  /** Series do not fit together (different regions, units or frequencies). */
  SERIES_MISMATCH("IND-0006"),
  /** Invalid arguments to a calculator (e.g. a window of zero). */
  CALCULATION("IND-0007"),
  /** Invalid scoring or rating configuration (bounds, thresholds). */
  SCORING_CONFIG("IND-0008"),
  /** A region code or group is invalid. */
  REGION("IND-0009");

  private final String code;

  IndicatorErrorCode(String code) {
    this.code = code;
  }

  /** The stable code, e.g. {@code IND-0001}. */
  public String code() {
    return code;
  }
}
