package io.github.livskraft.sdg;

import java.util.Objects;
import java.util.Optional;

/**
 * How an indicator changed between the list of 30 Nov 2022 and the framework after the 2025 review
 * (cumulative over UNSC 54–56). Use it to flag stored data keyed on an old code or wording.
 *
 * @param code the indicator code in the bundled framework
 * @param type what changed
 * @param unsdCodeBefore the UNSD code in 2022 (empty for added indicators)
 * @param unsdCodeAfter the UNSD code now
 * @param titleBefore the English text in 2022 (empty for added indicators)
 * @param titleAfter the English text now
 */
public record IndicatorChange(IndicatorCode code, ChangeType type, Optional<String> unsdCodeBefore,
    String unsdCodeAfter, Optional<String> titleBefore, String titleAfter) {

  /** Checks the arguments. */
  public IndicatorChange {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(unsdCodeBefore, "unsdCodeBefore");
    Objects.requireNonNull(unsdCodeAfter, "unsdCodeAfter");
    Objects.requireNonNull(titleBefore, "titleBefore");
    Objects.requireNonNull(titleAfter, "titleAfter");
  }

  /** The kind of change. */
  public enum ChangeType {
    /** Same indicator, wording refined. */
    WORDING_REFINED,
    /** New indicator (in 2025); the code may have meant something else before (8.9.2, 11.c.1). */
    ADDED,
    /** Replaced or revised, with a new UNSD code: data under the old definition is not comparable. */
    REPLACED_OR_REVISED
  }
}
