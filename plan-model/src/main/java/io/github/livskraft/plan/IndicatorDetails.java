package io.github.livskraft.plan;

import io.github.livskraft.indicators.Direction;
import java.util.List;
import java.util.Optional;

/**
 * What an indikator element measures: a reference to an indicator definition (an id in the {@code indicators}
 * library, or {@code local:…} for a definition that lives only in the plan), unit, direction, baseline, target
 * and observed values. Immutable.
 *
 * @param definition the indicator definition id, e.g. {@code local:miljofyrtarn-virksomheter}
 * @param unit the unit, e.g. "antall", "tonn CO2-ekvivalenter per innbygger"
 * @param direction which values are better
 * @param baseline the starting value
 * @param target the target value and year
 * @param observations observed values by year (the "has data" level of coverage)
 * @param dataSource where the data come from, e.g. "SSB tabell 13633" or "Miljøfyrtårn"
 */
public record IndicatorDetails(Optional<String> definition, Optional<String> unit, Optional<Direction> direction,
    Optional<IndicatorValue> baseline, Optional<IndicatorTarget> target, List<IndicatorValue> observations,
    Optional<String> dataSource) {

  /** Normalises absent parts. */
  public IndicatorDetails {
    definition = Checks.opt(definition);
    unit = Checks.opt(unit);
    direction = Checks.opt(direction);
    baseline = Checks.opt(baseline);
    target = Checks.opt(target);
    observations = Checks.list(observations);
    dataSource = Checks.opt(dataSource);
  }

  /** Whether the target has a numeric value. */
  public boolean hasTargetValue() {
    return target.flatMap(IndicatorTarget::value).isPresent();
  }

  /** Whether any measured value (baseline or observation) is present. */
  public boolean hasData() {
    return baseline.isPresent() || !observations.isEmpty();
  }
}
