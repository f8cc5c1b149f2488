package io.github.livskraft.sdg;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The tier of an indicator as classified on a given date. A dated attribute, not identity: tiers change.
 *
 * @param level the tier level
 * @param raw the classification as published, e.g. "Tier I (a)/Tier II (b)"
 * @param asOf the date of the tier classification sheet
 */
public record Tier(TierLevel level, String raw, LocalDate asOf) {
  /** Checks the arguments. */
  public Tier {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(asOf, "asOf");
  }
}
