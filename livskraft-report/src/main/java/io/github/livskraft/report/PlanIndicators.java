package io.github.livskraft.report;

import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.plan.IndicatorDetails;
import io.github.livskraft.plan.Owner;
import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.PlanElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The indicators the plans name, and which of the report's indicators (if any) measures each. A plan indicator
 * is only matched to a report indicator that measures the same thing; a merely related statistic is not shown as
 * if it were the plan's indicator.
 */
final class PlanIndicators {
  private PlanIndicators() {}

  /**
   * A plan's indicator element.
   *
   * @param owners the plan owners' municipality numbers as given in the plan (may be old codes)
   * @param target the target as written (year and value or description)
   * @param reportIndicator the report indicator measuring it, if any
   */
  record PlanIndicatorView(String planId, String planTitle, String elementId, String title,
      Optional<String> definition, Optional<String> unit, Optional<String> target, Optional<String> dataSource,
      List<MunicipalityCode> owners, Optional<String> reportIndicator) {}

  /** Plan definition ids (library ids and the example plans' local ids) → report indicator ids. */
  private static final Map<String, String> SAME_MEASURE = Map.of(
      "local:klimagassutslipp-per-innbygger", "climate.ghg-per-capita",
      "local:avfallsmengder", "waste.household-per-capita",
      "local:miljofyrtarn-private-virksomheter", "environment.miljofyrtarn-certified-businesses");

  /** The report indicator measuring a plan indicator definition, if any. */
  static Optional<String> reportIndicatorId(String definition) {
    String mapped = SAME_MEASURE.get(definition);
    if (mapped != null) {
      return Optional.of(mapped);
    }
    // a library id names the same indicator in the report when the report shows it
    return ReportIndicators.defaults(List.of()).stream().map(IndicatorSpec::id).filter(definition::equals).findFirst();
  }

  static List<PlanIndicatorView> of(List<Plan> plans) {
    List<PlanIndicatorView> out = new ArrayList<>();
    for (Plan p : plans) {
      List<MunicipalityCode> owners = new ArrayList<>();
      for (Owner o : p.owners()) {
        o.municipality().ifPresent(owners::add);
      }
      for (PlanElement e : p.elements()) {
        if (e.indicator().isEmpty()) {
          continue;
        }
        IndicatorDetails d = e.indicator().get();
        Optional<String> target = d.target().map(t -> t.year() + ": " + t.value().map(v -> v.toPlainString())
            .orElse(t.description().orElse("–")));
        out.add(new PlanIndicatorView(p.id(), p.title(), e.id(), e.title(), d.definition(), d.unit(), target,
            d.dataSource(), owners, d.definition().flatMap(PlanIndicators::reportIndicatorId)));
      }
    }
    return out;
  }
}
