package io.github.livskraft.casework;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Noark 5 case number (arkivsaksnummer): saksår / sakssekvensnummer, optionally with the document number
 * ({@code 19/4976}, {@code 14/796-19}, {@code 2024/1234-5}). Two-digit years are read as 20xx. Immutable.
 *
 * @param year the saksår (four digits)
 * @param sequence the sakssekvensnummer
 * @param documentNumber the dokumentnummer in the case, if given
 */
public record CaseNumber(int year, int sequence, OptionalInt documentNumber) {
  private static final Pattern SYNTAX = Pattern.compile("(\\d{2}|\\d{4})/(\\d{1,7})(?:-(\\d{1,5}))?");

  /** Checks the ranges. */
  public CaseNumber {
    Objects.requireNonNull(documentNumber, "documentNumber");
    if (year < 1900 || year > 2199 || sequence < 1) {
      throw new IllegalArgumentException("bad case number " + year + "/" + sequence);
    }
  }

  /**
   * Parses {@code år/sekvens} or {@code år/sekvens-doknr}.
   *
   * @param text the text
   * @return the case number
   * @throws CaseworkException ({@link CaseErrorCode#INVALID_FIELD}) if the text is not a case number
   */
  public static CaseNumber parse(CharSequence text) {
    Matcher m = SYNTAX.matcher(text.toString().strip());
    if (!m.matches() || Integer.parseInt(m.group(2)) < 1) {
      throw new CaseworkException(CaseErrorCode.INVALID_FIELD, null, "arkivsaksnr", text,
          CaseErrorCode.text("expected.case-number"));
    }
    return from(m);
  }

  static CaseNumber from(Matcher m) {
    int year = Integer.parseInt(m.group(1));
    if (m.group(1).length() == 2) {
      year += 2000;
    }
    OptionalInt doc = m.group(3) == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(m.group(3)));
    return new CaseNumber(year, Integer.parseInt(m.group(2)), doc);
  }

  /** {@code år/sekvens[-doknr]} with a four-digit year; {@link #parse} accepts it. */
  @Override
  public String toString() {
    return year + "/" + sequence + (documentNumber.isPresent() ? "-" + documentNumber.getAsInt() : "");
  }
}
