package io.github.livskraft.municipalities;

import java.util.Objects;
import java.util.Set;

/**
 * A Norwegian municipality number (kommunenummer), four digits: two for the county (fylke) and two for the
 * municipality, e.g. {@code 3303} Kongsberg (from 2024), {@code 3006} (2020–2023), {@code 0604} (until 2019).
 *
 * <p>This type checks form: four digits whose county part is one that has existed in SSB's classification 104
 * since 1977 (01–20 except 13, plus 21–23 for Svalbard, Jan Mayen and the continental shelf, and the reform
 * counties 30–56). Whether a code was valid in a given year is the municipality registry's business
 * ({@code kostra-adapter}). Immutable and thread-safe; {@link #toString()} returns what {@link #parse} accepts.
 *
 * @param value the four digits
 */
public record MunicipalityCode(String value) implements Comparable<MunicipalityCode> {

  /** County numbers that have existed in classification 104 (1977 onward, including the 2020 and 2024 reforms). */
  private static final Set<String> COUNTIES = Set.of(
      "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "14", "15", "16", "17", "18", "19",
      "20", "21", "22", "23", "30", "31", "32", "33", "34", "38", "39", "40", "42", "46", "50", "54", "55", "56");

  /** Validates the form. */
  public MunicipalityCode {
    Objects.requireNonNull(value, "value");
    if (!isWellFormed(value)) {
      throw new MunicipalityArgumentException(MunicipalityErrorCode.INVALID_MUNICIPALITY_CODE, value);
    }
  }

  /**
   * Parses exactly four digits.
   *
   * @param text e.g. {@code "3303"}
   * @return the code
   * @throws MunicipalityArgumentException ({@code MUN-0030}, an {@link IllegalArgumentException}) naming the
   *     text and the expected form
   */
  public static MunicipalityCode parse(CharSequence text) {
    return new MunicipalityCode(String.valueOf(Objects.requireNonNull(text, "text")));
  }

  /**
   * Parses codes as SSB prints them in different exports: {@code "3303"}, {@code "K-3303"}, {@code "3303 Kongsberg"},
   * {@code "K-3303 Kongsberg"}; also restores a dropped leading zero ({@code "604"} → {@code 0604}).
   *
   * @param text the text
   * @return the code
   * @throws MunicipalityArgumentException ({@code MUN-0031}, an {@link IllegalArgumentException}) if no
   *     municipality number can be read
   */
  public static MunicipalityCode parseLenient(CharSequence text) {
    String t = String.valueOf(Objects.requireNonNull(text, "text")).strip();
    if (t.startsWith("K-") || t.startsWith("k-")) {
      t = t.substring(2);
    }
    int end = 0;
    while (end < t.length() && Character.isDigit(t.charAt(end))) {
      end++;
    }
    String digits = t.substring(0, end);
    if (digits.length() == 3) {
      digits = "0" + digits;
    }
    if (end < t.length() && !Character.isWhitespace(t.charAt(end))) {
      throw new MunicipalityArgumentException(MunicipalityErrorCode.INVALID_MUNICIPALITY_TEXT, text);
    }
    return new MunicipalityCode(digits);
  }

  /**
   * Whether text is a well-formed municipality number.
   *
   * @param text the text
   * @return true if {@link #parse} would accept it
   */
  public static boolean isWellFormed(CharSequence text) {
    if (text == null || text.length() != 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return COUNTIES.contains(text.subSequence(0, 2).toString()) && !"00".equals(text.subSequence(2, 4).toString());
  }

  /** Whether two digits are a county number that has existed in classification 104 (shared with CountyCode). */
  static boolean isKnownCounty(String twoDigits) {
    return COUNTIES.contains(twoDigits);
  }

  /** The county part (fylkesnummer), e.g. {@code "33"}. */
  public String countyNumber() {
    return value.substring(0, 2);
  }

  @Override
  public int compareTo(MunicipalityCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
