package io.github.livskraft.plan.followup;

import io.github.livskraft.plan.ElementKind;
import io.github.livskraft.plan.ElementRef;
import io.github.livskraft.plan.FollowUpEntry;
import io.github.livskraft.plan.FollowUpStatus;
import io.github.livskraft.plan.MeasureDetails;
import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.PlanChain;
import io.github.livskraft.plan.PlanElement;
import io.github.livskraft.plan.ReportingPeriod;
import io.github.livskraft.plan.SdgLink;
import io.github.livskraft.sdg.GoalCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Follow-up over time: the status of every tiltak and mål in a reporting period, by innsatsområde and SDG goal.
 *
 * <p>An element is included when it has any follow-up entry, or when it is a tiltak whose period contains the
 * year. For a year, its status is the whole-year entry (årsrapport) or, without one, the year's latest tertial
 * entry; for a tertial, that tertial's entry. Elements without an entry count as {@link FollowUpStatus#NOT_ASSESSED}.
 * An element counts for each innsatsområde above it (through {@code parent} and {@code serves}) and for each SDG
 * goal that it or anything above it links to. Stateless; thread-safe.
 *
 * <pre>{@code
 * FollowUpReport r = FollowUpAnalyzer.analyse(chain, ReportingPeriod.parse("2025"));
 * }</pre>
 */
public final class FollowUpAnalyzer {
  private FollowUpAnalyzer() {}

  /**
   * Analyses a chain for a period.
   *
   * @param chain the plans
   * @param period a year or a tertial
   * @return the report
   */
  public static FollowUpReport analyse(PlanChain chain, ReportingPeriod period) {
    List<FollowUpRow> rows = new ArrayList<>();
    for (Plan p : chain.plans()) {
      for (PlanElement e : p.elements()) {
        boolean followed = (e.kind() == ElementKind.MEASURE || e.kind().goalLevel()) && (!e.followUp().isEmpty()
            || e.measure().flatMap(MeasureDetails::period).map(x -> x.contains(period.year())).orElse(false));
        if (!followed) {
          continue;
        }
        Optional<FollowUpEntry> entry = entryFor(e, period);
        ElementRef ref = ElementRef.of(p.id(), e.id());
        List<String> areas = new ArrayList<>();
        TreeSet<GoalCode> goals = new TreeSet<>();
        e.sdgLinks().stream().map(SdgLink::goal).forEach(goals::add);
        p.sdgLinks().stream().map(SdgLink::goal).forEach(goals::add);
        if (e.kind() == ElementKind.FOCUS_AREA) {
          areas.add(e.title());
        }
        for (ElementRef up : chain.upward(ref)) {
          chain.findElement(up).ifPresent(x -> {
            if (x.kind() == ElementKind.FOCUS_AREA) {
              areas.add(x.title());
            }
            x.sdgLinks().stream().map(SdgLink::goal).forEach(goals::add);
          });
        }
        rows.add(new FollowUpRow(p.id(), e.id(), e.kind(), e.title(),
            entry.map(FollowUpEntry::status).orElse(FollowUpStatus.NOT_ASSESSED), entry, e.followUp(), areas,
            List.copyOf(goals)));
      }
    }
    Map<String, List<FollowUpRow>> byArea = new LinkedHashMap<>();
    Map<GoalCode, List<FollowUpRow>> byGoal = new java.util.TreeMap<>();
    for (FollowUpRow r : rows) {
      for (String a : r.focusAreas()) {
        byArea.computeIfAbsent(a, k -> new ArrayList<>()).add(r);
      }
      for (GoalCode g : r.goals()) {
        byGoal.computeIfAbsent(g, k -> new ArrayList<>()).add(r);
      }
    }
    List<StatusSummary> areaSummaries = new ArrayList<>();
    byArea.forEach((k, v) -> areaSummaries.add(summary(k, k, v)));
    List<StatusSummary> goalSummaries = new ArrayList<>();
    byGoal.forEach((k, v) -> goalSummaries.add(summary(k.toString(), "SDG " + k, v)));
    return new FollowUpReport(period, rows, areaSummaries, goalSummaries);
  }

  /**
   * The entry an element's status in a period comes from.
   *
   * @param e the element
   * @param period the period
   * @return the entry, or empty
   */
  public static Optional<FollowUpEntry> entryFor(PlanElement e, ReportingPeriod period) {
    if (!period.wholeYear()) {
      return e.followUpIn(period).stream().reduce((a, b) -> b);
    }
    Optional<FollowUpEntry> year = e.followUpIn(period).stream().reduce((a, b) -> b);
    return year.or(() -> e.followUp().stream().filter(f -> f.period().year() == period.year())
        .max(Comparator.comparing(FollowUpEntry::period)));
  }

  private static StatusSummary summary(String key, String label, List<FollowUpRow> rows) {
    Map<FollowUpStatus, Integer> counts = new EnumMap<>(FollowUpStatus.class);
    BigDecimal budget = BigDecimal.ZERO;
    BigDecimal spent = BigDecimal.ZERO;
    for (FollowUpRow r : rows) {
      counts.merge(r.status(), 1, Integer::sum);
      budget = budget.add(r.entry().flatMap(FollowUpEntry::budget).orElse(BigDecimal.ZERO));
      spent = spent.add(r.entry().flatMap(FollowUpEntry::spent).orElse(BigDecimal.ZERO));
    }
    return new StatusSummary(key, label, counts, budget, spent);
  }
}
