package io.github.livskraft.indicators;

import io.github.livskraft.sdg.ErrorCode;

/**
 * Stable, searchable codes for the errors of the {@code indicators} module ({@code IND-0001} …), implementing the
 * project's {@link ErrorCode} contract. The texts live in the message bundle
 * {@code /livskraft-messages/indicators_en|nb|nn.properties}: the code's own key is the general message, keys
 * {@code IND-0005.…} are its variants and fragments ({@link #fragment(String, Object...)}). The code is part of every
 * message, so users can search for it; it never changes meaning once released.
 */
@ErrorCode.Bundle("indicators")
public enum IndicatorErrorCode implements ErrorCode {
  /** An unclassified error. Arguments: detail. */
  GENERAL("IND-0000"),
  /** An indicator id is not in the library. Arguments: id. */
  UNKNOWN_INDICATOR("IND-0001"),
  /** A definition file is malformed (JSON syntax, missing or invalid field). Arguments: source, JSON path, expected. */
  DEFINITION_FORMAT("IND-0002"),
  /** Two definition files define the same id without an explicit override. Arguments: id, where. */
  DUPLICATE_DEFINITION("IND-0003"),
  /** A period text is not in a supported form. Arguments: text, what was expected. */
  PERIOD_FORMAT("IND-0004"),
  /** A series file (tidy CSV) is malformed. Arguments: source, line, where, what was expected. */
  SERIES_FORMAT("IND-0005"),
  /** Series do not fit together (different regions, units or frequencies). Arguments: detail. */
  SERIES_MISMATCH("IND-0006"),
  /** Invalid arguments to a calculator (e.g. a window of zero). Arguments: detail. */
  CALCULATION("IND-0007"),
  /** Invalid scoring or rating configuration (bounds, thresholds). Arguments: detail. */
  SCORING_CONFIG("IND-0008"),
  /** A region code or group is invalid. Arguments: detail. */
  REGION("IND-0009"),
  /**
   * A series file is over one of {@code SeriesCsvReader}'s limits. Arguments: source, what (a fragment naming the
   * line, the value and the limit), the builder method, the CLI option.
   */
  SERIES_LIMIT("IND-0010"),
  /**
   * A value of an indicator definition is out of its range (id, decimals, target links, sources, formula, direction,
   * table id, limit, texts). Arguments: a variant {@code IND-0011.<what>} with the value.
   */
  DEFINITION_VALUE("IND-0011");

  private final String code;

  IndicatorErrorCode(String code) {
    this.code = code;
  }

  /** The stable code, e.g. {@code IND-0001}. */
  @Override
  public String code() {
    return code;
  }

  /** Numbers as plain digits (a year stays 2024): {@link ErrorCode#formatPlainNumbers}. */
  @Override
  public String format(io.github.livskraft.sdg.Language language, Object... args) {
    return formatPlainNumbers(language, args);
  }
}
