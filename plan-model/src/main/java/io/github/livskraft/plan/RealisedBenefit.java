package io.github.livskraft.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A benefit realised (realisert gevinst), reported later against an {@link ExpectedBenefit} of the same tiltak.
 * Immutable.
 *
 * @param benefit the id of the expected benefit
 * @param period the reporting period in which it was realised (or assessed)
 * @param amount the realised amount in the expected benefit's unit
 * @param scale the realised size on the three-step scale
 * @param date the date of the assessment
 * @param comment a comment, e.g. why less was realised than expected
 */
public record RealisedBenefit(String benefit, ReportingPeriod period, Optional<BigDecimal> amount,
    Optional<Magnitude> scale, Optional<LocalDate> date, Optional<String> comment) {

  /** Checks for missing properties. */
  public RealisedBenefit {
    Checks.required(benefit, "benefit");
    Checks.required(period, "period");
    amount = Checks.opt(amount);
    scale = Checks.opt(scale);
    date = Checks.opt(date);
    comment = Checks.opt(comment);
  }
}
