package io.github.livskraft.municipalities;

import java.util.Objects;

/**
 * A Norwegian county number (fylkesnummer), two digits, e.g. {@code 33} Buskerud (from 2024), {@code 40} Telemark.
 * Checks form against the county numbers that have existed in SSB classification 104 since 1977.
 * Immutable and thread-safe; {@link #toString()} returns what {@link #parse} accepts.
 *
 * @param value the two digits
 */
public record CountyCode(String value) implements Comparable<CountyCode> {
  /** Validates the form. */
  public CountyCode {
    Objects.requireNonNull(value, "value");
    if (!MunicipalityCode.isKnownCounty(value)) {
      throw new MunicipalityArgumentException(MunicipalityErrorCode.INVALID_COUNTY_CODE, value);
    }
  }

  /**
   * Parses two digits.
   *
   * @param text e.g. {@code "33"}
   * @return the code
   */
  public static CountyCode parse(CharSequence text) {
    return new CountyCode(String.valueOf(Objects.requireNonNull(text, "text")).strip());
  }

  /**
   * The county of a municipality (its first two digits).
   *
   * @param municipality the municipality
   * @return the county
   */
  public static CountyCode of(MunicipalityCode municipality) {
    return new CountyCode(municipality.countyNumber());
  }

  @Override
  public int compareTo(CountyCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
