package io.github.livskraft.plan.coherence;

import io.github.livskraft.indicators.IndicatorLibrary;
import io.github.livskraft.plan.Finding;
import io.github.livskraft.plan.Milestone;
import io.github.livskraft.plan.Period;
import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.PlanArgumentException;
import io.github.livskraft.plan.PlanChain;
import io.github.livskraft.plan.PlanErrorCode;
import io.github.livskraft.plan.Severity;
import io.github.livskraft.plan.StatusChange;
import io.github.livskraft.plan.io.LoadedPlanDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Runs coherence rules over a plan chain. Immutable and thread-safe.
 *
 * <pre>{@code
 * CoherenceChecker checker = CoherenceChecker.builder()
 *     .disable("PLAN-C007")                    // switch a rule off
 *     .severity("PLAN-C003", Severity.INFO)    // or tone it down
 *     .add(myOwnRule)                          // and add your own
 *     .asOf(LocalDate.of(2025, 1, 1))
 *     .build();
 * List<Finding> findings = checker.check(List.of(loadedDocument));
 * }</pre>
 */
public final class CoherenceChecker {
  private final List<CoherenceRule> rules;
  private final Map<String, Severity> severities;
  private final Optional<LocalDate> asOf;
  private final Predicate<String> indicatorKnown;

  private CoherenceChecker(Builder b) {
    this.rules = List.copyOf(b.rules.values());
    this.severities = Map.copyOf(b.severities);
    this.asOf = b.asOf;
    this.indicatorKnown = b.indicatorKnown;
  }

  /** A checker with all {@link StandardRules} and the default indicator library. */
  public static CoherenceChecker create() {
    return builder().build();
  }

  /** A builder that starts with all standard rules. */
  public static Builder builder() {
    return new Builder();
  }

  /** The active rules. */
  public List<CoherenceRule> rules() {
    return rules;
  }

  /**
   * Checks a chain.
   *
   * @param chain the plans
   * @return the findings, ordered by plan, then rule code
   */
  public List<Finding> check(PlanChain chain) {
    LocalDate date = asOf.orElseGet(() -> latestDate(chain.plans()));
    java.util.function.Function<Plan, LocalDate> byPlan = asOf.isPresent() ? p -> date : ownerDates(chain.plans());
    List<Finding> out = new ArrayList<>();
    for (CoherenceRule rule : rules) {
      CoherenceContext ctx = new CoherenceContext(chain, date, byPlan, indicatorKnown, rule,
          severities.getOrDefault(rule.code(), rule.severity()));
      rule.check(ctx);
      out.addAll(ctx.findings());
    }
    return List.copyOf(out);
  }

  /**
   * Checks the plans of several documents as one chain; findings carry the JSON path and file location of the
   * plan or element they concern.
   *
   * @param documents the documents
   * @return the findings
   */
  public List<Finding> check(List<LoadedPlanDocument> documents) {
    Map<String, String[]> where = new HashMap<>();
    Map<String, LoadedPlanDocument> docOf = new HashMap<>();
    List<Plan> plans = new ArrayList<>();
    for (LoadedPlanDocument d : documents) {
      List<Plan> ps = d.document().plans();
      for (int i = 0; i < ps.size(); i++) {
        Plan p = ps.get(i);
        plans.add(p);
        where.putIfAbsent(p.id(), new String[] {"$.plans[" + i + "]"});
        docOf.putIfAbsent(p.id(), d);
        for (int j = 0; j < p.elements().size(); j++) {
          where.putIfAbsent(p.id() + "#" + p.elements().get(j).id(),
              new String[] {"$.plans[" + i + "].elements[" + j + "]"});
        }
      }
    }
    List<Finding> out = new ArrayList<>();
    for (Finding f : check(PlanChain.of(plans))) {
      String plan = f.planId().orElse("");
      String[] path = f.elementId().map(e -> where.get(plan + "#" + e)).orElse(where.get(plan));
      LoadedPlanDocument d = docOf.get(plan);
      if (path == null || d == null) {
        out.add(f);
        continue;
      }
      Finding located = new Finding(f.code(), f.severity(), f.planId(), f.elementId(), path[0], Optional.empty(),
          f.message());
      out.add(d.locate(LoadedPlanDocument.pointerOf(path[0])).map(located::at).orElse(located));
    }
    return List.copyOf(out);
  }

  /** The latest date the chain mentions (status changes, milestones, validity start); today's date is never used. */
  /**
   * The date each plan is judged at: the latest date of the plans that share an owner with it, or have its id. The
   * latest date of a set of plans is the latest of their own, so one pass per plan and owner gives it for every
   * plan (linear in the plans, not quadratic as filtering the chain for each plan would be).
   */
  private static java.util.function.Function<Plan, LocalDate> ownerDates(List<Plan> plans) {
    Map<String, LocalDate> byId = new HashMap<>();
    Map<Object, LocalDate> byOwner = new HashMap<>();
    for (Plan q : plans) {
      LocalDate own = latestDate(List.of(q));
      byId.merge(q.id(), own, CoherenceChecker::later);
      for (Object o : q.owners()) {
        byOwner.merge(o, own, CoherenceChecker::later);
      }
    }
    return p -> {
      LocalDate own = byId.get(p.id());
      LocalDate d = own != null ? own : latestDate(List.of(p));
      for (Object o : p.owners()) {
        d = later(d, byOwner.getOrDefault(o, d));
      }
      return d;
    };
  }

  static LocalDate latestDate(List<Plan> plans) {
    LocalDate max = LocalDate.of(1900, 1, 1);
    for (Plan p : plans) {
      for (StatusChange s : p.statusHistory()) {
        max = later(max, s.date());
      }
      for (Milestone m : p.milestones()) {
        max = later(max, m.end().or(m::earliest).orElse(max));
      }
      if (p.validity().isPresent()) {
        max = later(max, LocalDate.of(p.validity().map(Period::from).orElseThrow(), 1, 1));
      }
    }
    return max;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return b.isAfter(a) ? b : a;
  }

  /** Configures a {@link CoherenceChecker}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, CoherenceRule> rules = new LinkedHashMap<>();
    private final Map<String, Severity> severities = new HashMap<>();
    private Optional<LocalDate> asOf = Optional.empty();
    private Predicate<String> indicatorKnown = Builder::inDefaultLibrary;

    private Builder() {
      StandardRules.all().forEach(r -> rules.put(r.code(), r));
    }

    private static boolean inDefaultLibrary(String id) {
      return id.startsWith("local:") || IndicatorLibrary.bundled().find(id).isPresent();
    }

    /**
     * Switches rules off.
     *
     * @param codes rule codes, e.g. {@code "PLAN-C007"}
     * @return this builder
     * @throws IllegalArgumentException for a code no active rule has
     */
    public Builder disable(String... codes) {
      for (String c : codes) {
        if (rules.remove(c) == null) {
          throw new PlanArgumentException(PlanErrorCode.OPTION,
              PlanErrorCode.OPTION.fragment("rule", c, rules.keySet()));
        }
      }
      return this;
    }

    /**
     * Keeps only the given rules.
     *
     * @param codes the codes to keep
     * @return this builder
     */
    public Builder only(Set<String> codes) {
      rules.keySet().retainAll(codes);
      return this;
    }

    /**
     * Changes a rule's severity.
     *
     * @param code the rule code
     * @param severity the new severity
     * @return this builder
     */
    public Builder severity(String code, Severity severity) {
      severities.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * Adds (or replaces, by code) a rule.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder add(CoherenceRule rule) {
      rules.put(rule.code(), rule);
      return this;
    }

    /**
     * Sets the reference date (default: the latest date mentioned in the chain, so results are reproducible).
     *
     * @param date the date
     * @return this builder
     */
    public Builder asOf(LocalDate date) {
      asOf = Optional.of(date);
      return this;
    }

    /**
     * Sets the indicator library used by {@code PLAN-C012} ({@code local:} ids are always known).
     *
     * @param library the library
     * @return this builder
     */
    public Builder indicatorLibrary(IndicatorLibrary library) {
      Objects.requireNonNull(library, "library");
      indicatorKnown = id -> id.startsWith("local:") || library.find(id).isPresent();
      return this;
    }

    /** The checker. */
    public CoherenceChecker build() {
      return new CoherenceChecker(this);
    }
  }

  /** Orders findings by severity (errors first), then code. */
  public static final Comparator<Finding> BY_SEVERITY =
      Comparator.comparing(Finding::severity).thenComparing(Finding::code);
}
