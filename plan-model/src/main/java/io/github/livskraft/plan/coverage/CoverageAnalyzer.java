package io.github.livskraft.plan.coverage;

import io.github.livskraft.plan.ElementRef;
import io.github.livskraft.plan.IndicatorDetails;
import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.PlanChain;
import io.github.livskraft.plan.PlanElement;
import io.github.livskraft.plan.PlanErrorCode;
import io.github.livskraft.plan.SdgLink;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.LocalizedText;
import io.github.livskraft.sdg.MessageFragment;
import io.github.livskraft.sdg.TargetCode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Computes the {@link CoverageReport} of a plan or chain. Immutable and thread-safe.
 *
 * <pre>{@code
 * CoverageReport report = CoverageAnalyzer.builder()
 *     .priority(List.of(GoalCode.of(2), GoalCode.of(3), GoalCode.of(4), GoalCode.of(9), GoalCode.of(11),
 *         GoalCode.of(13)))
 *     .build()
 *     .analyse(chain);
 * String text = report.toText(Language.NB);
 * }</pre>
 *
 * <p>Depth of a link: {@code LINKED}; {@code HAS_INDICATOR} if an indicator follows the element up (the element
 * itself, a descendant through {@code parent}, or an element that serves it, transitively); {@code
 * HAS_TARGET_VALUE} if such an indicator has a numeric target value; {@code HAS_DATA} if that indicator also has
 * a baseline or observations, or the data probe reports data for it. Plan-level links (a plan's own
 * {@code sdgLinks}) count as {@code LINKED}.
 */
public final class CoverageAnalyzer {
  private final Optional<List<GoalCode>> priority;
  private final Predicate<IndicatorDetails> dataProbe;

  private CoverageAnalyzer(Builder b) {
    this.priority = b.priority;
    this.dataProbe = b.dataProbe;
  }

  /** An analyser whose priority set is the union of the plans' own {@code priorityGoals}. */
  public static CoverageAnalyzer create() {
    return builder().build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Analyses one plan.
   *
   * @param plan the plan
   * @return the report
   */
  public CoverageReport analyse(Plan plan) {
    return analyse(PlanChain.of(List.of(plan)));
  }

  /**
   * Analyses a chain.
   *
   * @param chain the plans
   * @return the report
   */
  public CoverageReport analyse(PlanChain chain) {
    List<GoalCode> prio = priority.orElseGet(() -> {
      Set<GoalCode> s = new java.util.TreeSet<>();
      chain.plans().forEach(p -> s.addAll(p.priorityGoals()));
      return List.copyOf(s);
    });
    Map<GoalCode, List<ElementCoverage>> byGoal = new TreeMap<>();
    Map<TargetCode, List<ElementCoverage>> byTarget = new TreeMap<>();
    Map<ElementRef, CoverageDepth> followUp = new HashMap<>();
    int elements = 0;
    int linked = 0;
    for (Plan p : chain.plans()) {
      for (SdgLink l : p.sdgLinks()) {
        add(byGoal, byTarget, l, new ElementCoverage(p.id(), Optional.empty(), Optional.empty(), p.title(),
            l.target(), l.role(), l.provenance(), CoverageDepth.LINKED));
      }
      for (PlanElement e : p.elements()) {
        elements++;
        if (e.sdgLinks().isEmpty()) {
          continue;
        }
        linked++;
        ElementRef ref = ElementRef.of(p.id(), e.id());
        CoverageDepth depth = followUp.computeIfAbsent(ref, r -> followUp(chain, r));
        for (SdgLink l : e.sdgLinks()) {
          add(byGoal, byTarget, l, new ElementCoverage(p.id(), Optional.of(e.id()), Optional.of(e.kind()),
              e.title(), l.target(), l.role(), l.provenance(), depth));
        }
      }
    }
    List<GoalCoverage> goals = new ArrayList<>(17);
    List<PriorityGap> gaps = new ArrayList<>();
    for (GoalCode g : GoalCode.all()) {
      List<ElementCoverage> links = byGoal.getOrDefault(g, List.of());
      CoverageDepth depth = links.stream().map(ElementCoverage::depth).reduce(CoverageDepth.NONE, CoverageDepth::max);
      List<TargetCoverage> targets = new ArrayList<>();
      byTarget.forEach((t, tl) -> {
        if (t.goal().equals(g)) {
          targets.add(new TargetCoverage(t, tl.stream().map(ElementCoverage::depth)
              .reduce(CoverageDepth.NONE, CoverageDepth::max), tl));
        }
      });
      GoalCoverage gc = new GoalCoverage(g, prio.contains(g), depth, links, targets);
      goals.add(gc);
      if (gc.priority() && depth != CoverageDepth.HAS_DATA) {
        gaps.add(new PriorityGap(g, depth, explain(gc)));
      }
    }
    gaps.sort(java.util.Comparator.comparing(PriorityGap::depth)
        .thenComparingLong(gap -> goals.get(gap.goal().number() - 1).elementCount())
        .thenComparing(PriorityGap::goal));
    return new CoverageReport(chain.plans().stream().map(Plan::id).toList(), elements, linked, prio, goals, gaps);
  }

  private static void add(Map<GoalCode, List<ElementCoverage>> byGoal, Map<TargetCode, List<ElementCoverage>> byTarget,
      SdgLink l, ElementCoverage c) {
    byGoal.computeIfAbsent(l.goal(), k -> new ArrayList<>()).add(c);
    l.target().ifPresent(t -> byTarget.computeIfAbsent(t, k -> new ArrayList<>()).add(c));
  }

  private CoverageDepth followUp(PlanChain chain, ElementRef start) {
    CoverageDepth best = CoverageDepth.LINKED;
    Set<ElementRef> seen = new HashSet<>();
    Deque<ElementRef> todo = new ArrayDeque<>();
    todo.add(start);
    while (!todo.isEmpty() && best != CoverageDepth.HAS_DATA) {
      ElementRef r = todo.pop();
      if (!seen.add(r)) {
        continue;
      }
      Optional<PlanElement> e = chain.findElement(r);
      if (e.isPresent() && e.get().indicator().isPresent()) {
        best = best.max(depthOf(e.get().indicator().get()));
      } else if (e.isPresent() && e.get().kind() == io.github.livskraft.plan.ElementKind.INDICATOR) {
        best = best.max(CoverageDepth.HAS_INDICATOR);
      }
      todo.addAll(chain.children(r));
      todo.addAll(chain.servedBy(r));
    }
    return best;
  }

  private CoverageDepth depthOf(IndicatorDetails d) {
    if (!d.hasTargetValue()) {
      return CoverageDepth.HAS_INDICATOR;
    }
    return d.hasData() || dataProbe.test(d) ? CoverageDepth.HAS_DATA : CoverageDepth.HAS_TARGET_VALUE;
  }

  private static LocalizedText explain(GoalCoverage g) {
    boolean onlyPlanLevel = !g.addressedBy().isEmpty() && g.addressedBy().stream().allMatch(e -> e.elementId().isEmpty());
    long n = g.elementCount();
    String key = switch (g.depth()) {
      case NONE -> "none";
      case LINKED -> onlyPlanLevel ? "priority" : "linked";
      case HAS_INDICATOR -> "indicator";
      case HAS_TARGET_VALUE -> "target";
      case HAS_DATA -> "data";
    };
    return MessageFragment.of(PlanErrorCode.GENERAL, "coverage.gap." + key, n).toLocalizedText();
  }

  /** Configures a {@link CoverageAnalyzer}. Not thread-safe. */
  public static final class Builder {
    private Optional<List<GoalCode>> priority = Optional.empty();
    private Predicate<IndicatorDetails> dataProbe = d -> false;

    private Builder() {}

    /**
     * Sets the priority set (default: the plans' own {@code priorityGoals}).
     *
     * @param goals the goals, e.g. 2, 3, 4, 9, 11, 13
     * @return this builder
     */
    public Builder priority(List<GoalCode> goals) {
      priority = Optional.of(List.copyOf(new LinkedHashSet<>(goals)));
      return this;
    }

    /**
     * Sets a probe that says whether data exist for an indicator beyond the values in the plan (e.g. a lookup
     * in fetched KOSTRA series).
     *
     * @param probe the probe
     * @return this builder
     */
    public Builder dataProbe(Predicate<IndicatorDetails> probe) {
      dataProbe = Objects.requireNonNull(probe, "probe");
      return this;
    }

    /** The analyser. */
    public CoverageAnalyzer build() {
      return new CoverageAnalyzer(this);
    }
  }
}
