package io.github.livskraft.casework;

import io.github.livskraft.sdg.ErrorCode;
import io.github.livskraft.sdg.MessageFragment;

/**
 * Stable, searchable codes for every error the casework module reports ({@code CASE-0001} …), implementing the
 * project's {@link ErrorCode} contract. The texts live in the message bundle
 * {@code /livskraft-messages/casework_{en,nb,nn}.properties}; the code never changes meaning once released, the
 * wording may improve.
 */
@ErrorCode.Bundle("casework")
public enum CaseErrorCode implements ErrorCode {
  /** The file or input is empty. Arguments: source. */
  EMPTY_INPUT("CASE-0001"),
  /** The file type is not one we read. Arguments: source, what was found. */
  UNSUPPORTED_TYPE("CASE-0002"),
  /** The PDF is encrypted or forbids text extraction. Arguments: source. */
  ENCRYPTED_PDF("CASE-0003"),
  /** The DOCX cannot be opened. Arguments: source, the reason. */
  BROKEN_DOCX("CASE-0004"),
  /** The PDF cannot be opened. Arguments: source, the reason. */
  BROKEN_PDF("CASE-0005"),
  /** The input is larger than the documented limit. Arguments: source, size, limit, unit. */
  TOO_LARGE("CASE-0006"),
  /** A text file is not valid UTF-8 or contains binary data. Arguments: source, byte offset. */
  NOT_TEXT("CASE-0007"),
  /** The file cannot be read. Arguments: source, the reason. */
  READ_FAILED("CASE-0008"),
  /** An officer's decision names a goal that has no line in the assessment. Arguments: goal, case id. */
  NO_SUCH_GOAL_LINE("CASE-0009"),
  /** An arkivmelding does not validate against the Fiks Arkiv schemas. Arguments: source, line, column, detail. */
  INVALID_ARKIVMELDING("CASE-0010"),
  /** An assessment JSON document is invalid. Arguments: source, JSON path, what was expected. */
  INVALID_JSON("CASE-0011"),
  /** A line of a JSON Lines batch file is invalid. Arguments: source, line, what was expected. */
  INVALID_JSONL("CASE-0012"),
  /** A structured field has a bad value. Arguments: field, value, what was expected. */
  INVALID_FIELD("CASE-0013"),
  /** An output file cannot be written. Arguments: target, the reason. */
  WRITE_FAILED("CASE-0014"),
  /** A plan file for the golden thread cannot be read. Arguments: source, the reason. */
  PLAN_FILE("CASE-0015"),
  /** An arkivmelding carries no Livskraft assessment. Arguments: source. */
  NO_ASSESSMENT_IN_ARKIVMELDING("CASE-0016"),
  /** A bundled XML schema is missing from the jar or does not compile (a damaged jar). Arguments: the schema(s). */
  BUNDLED_SCHEMA("CASE-0017"),
  /** An option of the reader or assessor out of its range. Arguments: the option, its least value, the value. */
  INVALID_OPTION("CASE-0018");

  private final String code;

  CaseErrorCode(String code) {
    this.code = code;
  }

  /** The stable code, e.g. {@code CASE-0003}. */
  @Override
  public String code() {
    return code;
  }

  /** The key of this code's message pattern in the {@code CaseworkMessages} bundle (the code itself). */
  public String bundleKey() {
    return code;
  }

  /**
   * A part of a casework message that is itself a text of the casework bundle — what was expected, a unit — as a
   * {@link MessageFragment}, written in the language of the message it is an argument of. Keys live below
   * {@code CASE-text.} in {@code casework_en|nb|nn.properties}.
   *
   * @param key the key without the {@code CASE-text.} prefix, e.g. {@code expected.json-object}
   * @param args the values of the key's pattern (quoted user values, numbers, further fragments)
   * @return the fragment
   * @throws java.util.MissingResourceException if the bundle has no such key
   */
  public static MessageFragment text(String key, Object... args) {
    return MessageFragment.of(EMPTY_INPUT, "CASE-text." + key, args);
  }
}
