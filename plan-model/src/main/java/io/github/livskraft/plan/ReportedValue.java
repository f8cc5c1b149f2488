package io.github.livskraft.plan;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * An indicator value as reported in a follow-up entry (the value the report gave then, which later data may
 * revise). Immutable.
 *
 * @param indicator the indicator element, e.g. {@code "ind-klimagass"} or {@code "plan#ind-klimagass"}
 * @param value the value in the indicator's unit
 * @param year the year the value describes, when it differs from the reporting period's year
 * @param note a note, e.g. "foreløpig tall"
 */
public record ReportedValue(ElementRef indicator, BigDecimal value, Optional<Integer> year, Optional<String> note) {

  /** Checks for missing properties. */
  public ReportedValue {
    Checks.required(indicator, "indicator");
    Checks.required(value, "value");
    year = Checks.opt(year);
    note = Checks.opt(note);
  }
}
