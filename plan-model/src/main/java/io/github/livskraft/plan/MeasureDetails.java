package io.github.livskraft.plan;

import java.util.Optional;

/**
 * What a tiltak element adds: responsible unit, period, cost and status. Immutable.
 *
 * @param responsibleUnit the responsible unit (ansvarlig enhet), e.g. "Samfunnsutvikling"
 * @param period the years the measure runs
 * @param cost the cost
 * @param status the status; {@link MeasureStatus#PLANNED} when absent
 */
public record MeasureDetails(Optional<String> responsibleUnit, Optional<Period> period, Optional<Cost> cost,
    MeasureStatus status) {

  /** Normalises absent parts. */
  public MeasureDetails {
    responsibleUnit = Checks.opt(responsibleUnit);
    period = Checks.opt(period);
    cost = Checks.opt(cost);
    status = status == null ? MeasureStatus.PLANNED : status;
  }
}
