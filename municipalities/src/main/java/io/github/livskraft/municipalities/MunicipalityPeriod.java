package io.github.livskraft.municipalities;


import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One period in which a municipality number was valid with a name.
 *
 * @param code the municipality number
 * @param name the name (KLASS name; a trailing validity note such as "(-2019)" removed)
 * @param validFrom first day valid (inclusive); for a bundled code observed since the first snapshot year this is
 *     "valid at least since"
 * @param validTo first day no longer valid (exclusive), empty while still valid
 */
public record MunicipalityPeriod(MunicipalityCode code, String name, LocalDate validFrom,
    Optional<LocalDate> validTo) {

  /** Validates. */
  public MunicipalityPeriod {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validTo, "validTo");
    if (validTo.isPresent() && !validTo.get().isAfter(validFrom)) {
      throw new MunicipalityArgumentException(MunicipalityErrorCode.PERIOD_ENDS_BEFORE_START, code, validTo.get(),
          validFrom);
    }
  }

  /**
   * Whether the code was valid on a day.
   *
   * @param date the day
   * @return true if {@code validFrom <= date < validTo}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(validFrom) && validTo.map(date::isBefore).orElse(true);
  }

  @Override
  public String toString() {
    return code + " " + name + " [" + validFrom + ", " + validTo.map(LocalDate::toString).orElse("") + ")";
  }
}
