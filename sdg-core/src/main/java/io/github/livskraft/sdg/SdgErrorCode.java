package io.github.livskraft.sdg;

/**
 * Stable, searchable codes for every error that {@code sdg-core} reports; the texts are in the module's message
 * bundle ({@code /livskraft-messages/sdg_en|nb|nn.properties}) in English, bokmål and nynorsk.
 *
 * <p>The code ({@code SDG-0001} …) never changes meaning once released; the wording may improve.
 */
@ErrorCode.Bundle("sdg")
public enum SdgErrorCode implements ErrorCode {
  /** A goal code that is not a whole number from 1 to 17. */
  INVALID_GOAL_CODE("SDG-0001"),
  /** A target code that is not goal.number or goal.letter. */
  INVALID_TARGET_CODE("SDG-0002"),
  /** An indicator code that is not goal.target.number. */
  INVALID_INDICATOR_CODE("SDG-0003"),
  /** A well-formed code that the catalogue edition does not have. */
  UNKNOWN_CODE("SDG-0004"),
  /** A catalogue file that cannot be read. */
  CATALOGUE_FORMAT("SDG-0005"),
  /** An argument of the catalogue's API out of its range. Arguments: the argument's name, the least value, the value. */
  INVALID_ARGUMENT("SDG-0006"),
  /** A text with no variant, or two in one language. Arguments: the languages of the variants given. */
  INVALID_TEXT("SDG-0007");

  private final String code;

  SdgErrorCode(String code) {
    this.code = code;
  }

  /** The stable code, e.g. {@code SDG-0004}. */
  @Override
  public String code() {
    return code;
  }
}
