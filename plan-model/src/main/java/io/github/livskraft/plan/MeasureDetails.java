package io.github.livskraft.plan;

import java.util.List;
import java.util.Optional;

/**
 * What a tiltak element adds: responsible unit, period, cost, status, and its gevinstvurdering (effort, expected
 * and realised benefits). Immutable.
 *
 * @param responsibleUnit the responsible unit (ansvarlig enhet), e.g. "Samfunnsutvikling"
 * @param period the years the measure runs
 * @param cost the cost
 * @param status the status; {@link MeasureStatus#PLANNED} when absent. The status per reporting period is the
 *     element's {@link PlanElement#followUp()}
 * @param effort the effort (innsats) the measure needs besides its cost: staff, coordination, risk
 * @param expectedBenefits expected benefits (forventede gevinster)
 * @param realisedBenefits realised benefits, reported later against the expected ones
 */
public record MeasureDetails(Optional<String> responsibleUnit, Optional<Period> period, Optional<Cost> cost,
    MeasureStatus status, Optional<Magnitude> effort, List<ExpectedBenefit> expectedBenefits,
    List<RealisedBenefit> realisedBenefits) {

  /** Normalises absent parts. */
  public MeasureDetails {
    responsibleUnit = Checks.opt(responsibleUnit);
    period = Checks.opt(period);
    cost = Checks.opt(cost);
    status = status == null ? MeasureStatus.PLANNED : status;
    effort = Checks.opt(effort);
    expectedBenefits = Checks.list(expectedBenefits);
    realisedBenefits = Checks.list(realisedBenefits);
  }

  /**
   * Details without a gevinstvurdering.
   *
   * @param responsibleUnit the responsible unit
   * @param period the period
   * @param cost the cost
   * @param status the status ({@code null} for {@link MeasureStatus#PLANNED})
   */
  public MeasureDetails(Optional<String> responsibleUnit, Optional<Period> period, Optional<Cost> cost,
      MeasureStatus status) {
    this(responsibleUnit, period, cost, status, Optional.empty(), List.of(), List.of());
  }

  /**
   * These details with a gevinstvurdering.
   *
   * @param newEffort the effort
   * @param expected the expected benefits
   * @param realised the realised benefits
   * @return new details
   */
  public MeasureDetails withBenefits(Optional<Magnitude> newEffort, List<ExpectedBenefit> expected,
      List<RealisedBenefit> realised) {
    return new MeasureDetails(responsibleUnit, period, cost, status, newEffort, expected, realised);
  }
}
