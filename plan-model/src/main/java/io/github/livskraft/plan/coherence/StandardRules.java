package io.github.livskraft.plan.coherence;

import io.github.livskraft.plan.ElementKind;
import io.github.livskraft.plan.ElementRef;
import io.github.livskraft.plan.IndicatorDetails;
import io.github.livskraft.plan.MeasureStatus;
import io.github.livskraft.plan.Milestone;
import io.github.livskraft.plan.OwnerKind;
import io.github.livskraft.plan.Period;
import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.PlanChain;
import io.github.livskraft.plan.PlanElement;
import io.github.livskraft.plan.PlanErrorCode;
import io.github.livskraft.plan.PlanKind;
import io.github.livskraft.plan.PlanStatus;
import io.github.livskraft.plan.ReportingPeriod;
import io.github.livskraft.plan.SdgLink;
import io.github.livskraft.plan.SdgRole;
import io.github.livskraft.plan.Severity;
import io.github.livskraft.plan.StatusChange;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.LocalizedText;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The standard coherence rules, {@code PLAN-C001} … {@code PLAN-C016}. See {@code docs/plan-model.md} for the
 * table with explanations and legal anchors.
 */
public final class StandardRules {
  private StandardRules() {}

  /** PLAN-C001: every innsatsområde has an SDG link. */
  public static final CoherenceRule FOCUS_AREA_HAS_SDG_LINK = CoherenceRule.of("PLAN-C001", Severity.WARNING,
      PlanErrorCode.C001.fragment("title").toLocalizedText(), PlanErrorCode.C001.fragment("description").toLocalizedText(),
      ctx -> eachElement(ctx.chain(), (p, e) -> {
        if (e.kind() == ElementKind.FOCUS_AREA && e.sdgLinks().isEmpty()) {
          ctx.report(PlanErrorCode.C001, p.id(), e.id(), "element", e.title());
        }
      }));

  /** PLAN-C002: every hovedmål has an SDG link. */
  public static final CoherenceRule MAIN_GOAL_HAS_SDG_LINK = CoherenceRule.of("PLAN-C002", Severity.WARNING,
      PlanErrorCode.C002.fragment("title").toLocalizedText(), PlanErrorCode.C002.fragment("description").toLocalizedText(),
      ctx -> eachElement(ctx.chain(), (p, e) -> {
        boolean main = e.kind() == ElementKind.MAIN_GOAL
            || e.kind() == ElementKind.GOAL && !hasGoalParent(ctx.chain(), p, e);
        if (main && e.sdgLinks().isEmpty()) {
          ctx.report(PlanErrorCode.C002, p.id(), e.id(), "element", e.title());
        }
      }));

  /** PLAN-C003: every mål has at least one indicator with a target. */
  public static final CoherenceRule GOAL_HAS_INDICATOR_WITH_TARGET = CoherenceRule.of("PLAN-C003",
      Severity.WARNING,
      PlanErrorCode.C003.fragment("title").toLocalizedText(), PlanErrorCode.C003.fragment("description").toLocalizedText(),
      ctx -> eachElement(ctx.chain(), (p, e) -> {
        if (e.kind().goalLevel()) {
          boolean found = reach(ctx.chain(), ElementRef.of(p.id(), e.id())).stream()
              .map(r -> ctx.chain().findElement(r).orElseThrow())
              .anyMatch(x -> x.indicator().flatMap(IndicatorDetails::target).isPresent());
          if (!found) {
            ctx.report(PlanErrorCode.C003, p.id(), e.id(), "element", e.title());
          }
        }
      }));

  /** PLAN-C004: every tiltak traces to a mål. */
  public static final CoherenceRule MEASURE_TRACES_TO_GOAL = CoherenceRule.of("PLAN-C004", Severity.WARNING,
      PlanErrorCode.C004.fragment("title").toLocalizedText(), PlanErrorCode.C004.fragment("description").toLocalizedText(),
      ctx -> eachElement(ctx.chain(), (p, e) -> {
        if (e.kind() == ElementKind.MEASURE && upward(ctx.chain(), ElementRef.of(p.id(), e.id())).stream()
            .map(r -> ctx.chain().findElement(r)).flatMap(Optional::stream)
            .noneMatch(x -> x.kind().goalLevel())) {
          ctx.report(PlanErrorCode.C004, p.id(), e.id(), "element", e.title());
        }
      }));

  /** PLAN-C005: references resolve. */
  public static final CoherenceRule REFERENCES_RESOLVE = CoherenceRule.of("PLAN-C005", Severity.ERROR,
      PlanErrorCode.C005.fragment("title").toLocalizedText(), PlanErrorCode.C005.fragment("description").toLocalizedText(),
      ctx -> {
        PlanChain c = ctx.chain();
        for (Plan p : c.plans()) {
          for (String b : p.buildsOn()) {
            if (c.findPlan(b).isEmpty()) {
              ctx.report(PlanErrorCode.C005, p.id(), null, "value", b, "where", "buildsOn");
            }
          }
          for (String r : p.replaces()) {
            if (c.findPlan(r).isEmpty()) {
              ctx.report(PlanErrorCode.C005, p.id(), null, "value", r, "where", "replaces");
            }
          }
          for (PlanElement e : p.elements()) {
            if (e.parent().isPresent() && parentOf(c, p, e).isEmpty()) {
              ctx.report(PlanErrorCode.C005, p.id(), e.id(), "value", e.parent().get(), "where", e.id() + ".parent");
            }
            for (ElementRef s : e.serves()) {
              if (!resolves(c, s.resolveAgainst(p.id()))) {
                ctx.report(PlanErrorCode.C005, p.id(), e.id(), "value", s, "where", e.id() + ".serves");
              }
            }
          }
          for (Milestone m : p.milestones()) {
            for (ElementRef s : m.relatesTo()) {
              if (!resolves(c, s.resolveAgainst(p.id()))) {
                ctx.report(PlanErrorCode.C005, p.id(), null, "value", s, "where", m.id() + ".relatesTo");
              }
            }
          }
        }
      });

  /** PLAN-C006: no cycles among parent, serves, buildsOn and replaces. */
  public static final CoherenceRule NO_CYCLES = CoherenceRule.of("PLAN-C006", Severity.ERROR,
      PlanErrorCode.C006.fragment("title").toLocalizedText(), PlanErrorCode.C006.fragment("description").toLocalizedText(),
      ctx -> {
        PlanChain c = ctx.chain();
        Map<String, List<String>> planGraph = new HashMap<>();
        for (Plan p : c.plans()) {
          List<String> out = new ArrayList<>(p.buildsOn());
          out.addAll(p.replaces());
          planGraph.put(p.id(), out);
        }
        for (List<String> cycle : cycles(planGraph)) {
          ctx.report(PlanErrorCode.C006, cycle.get(0), null, "value", String.join(" → ", cycle));
        }
        Map<String, List<String>> elementGraph = new HashMap<>();
        for (Plan p : c.plans()) {
          for (PlanElement e : p.elements()) {
            List<String> out = new ArrayList<>();
            e.parent().ifPresent(x -> out.add(p.id() + "#" + x));
            e.serves().forEach(s -> out.add(s.resolveAgainst(p.id()).toString()));
            elementGraph.put(p.id() + "#" + e.id(), out);
          }
        }
        for (List<String> cycle : cycles(elementGraph)) {
          ElementRef first = ElementRef.parse(cycle.get(0));
          ctx.report(PlanErrorCode.C006, first.planId().orElseThrow(), first.elementId(), "value",
              String.join(" → ", cycle));
        }
      });

  /** PLAN-C007: a child's primary SDG links agree with its parent's. */
  public static final CoherenceRule CHILD_LINKS_CONSISTENT = CoherenceRule.of("PLAN-C007", Severity.INFO,
      PlanErrorCode.C007.fragment("title").toLocalizedText(), PlanErrorCode.C007.fragment("description").toLocalizedText(),
      ctx -> eachElement(ctx.chain(), (p, e) -> {
        if (e.sdgLinks().isEmpty()) {
          return;
        }
        Set<GoalCode> context = new TreeSet<>();
        p.sdgLinks().forEach(l -> context.add(l.goal()));
        for (ElementRef r : upward(ctx.chain(), ElementRef.of(p.id(), e.id()))) {
          ctx.chain().findElement(r).ifPresent(x -> x.sdgLinks().forEach(l -> context.add(l.goal())));
          ctx.chain().findPlan(r.planId().orElseThrow()).ifPresent(x -> x.sdgLinks().forEach(l -> context.add(l.goal())));
        }
        if (context.isEmpty()) {
          return;
        }
        for (SdgLink l : e.sdgLinks()) {
          if (l.role() == SdgRole.PRIMARY && !context.contains(l.goal())) {
            ctx.report(PlanErrorCode.C007, p.id(), e.id(), "element", e.title(), "value", l.code(), "expected",
                context.stream().map(GoalCode::toString).collect(Collectors.joining(", ")));
          }
        }
      }));

  /** PLAN-C008: økonomiplan / handlingsprogram / handlingsdel spans at least four years (kl § 14-4). */
  public static final CoherenceRule FINANCIAL_PLAN_FOUR_YEARS = CoherenceRule.of("PLAN-C008", Severity.ERROR,
      PlanErrorCode.C008.fragment("title").toLocalizedText(), PlanErrorCode.C008.fragment("description").toLocalizedText(),
      ctx -> {
        for (Plan p : ctx.chain().plans()) {
          if (!p.kind().multiYearFinancial() || p.owners().stream().noneMatch(o -> o.kind() == OwnerKind.MUNICIPALITY)
              || !p.status().adoptedOnce() && p.validity().isEmpty()) {
            continue;
          }
          Optional<Integer> years = p.validity().flatMap(Period::years);
          if (years.isEmpty()) {
            ctx.report(Severity.WARNING, PlanErrorCode.C008, p.id(), null, "kind", kindLabel(p.kind()),
                "value", p.title(), "years", PlanErrorCode.C008.fragment("unknown"));
          } else if (years.get() < 4) {
            ctx.report(PlanErrorCode.C008, p.id(), null, "kind", kindLabel(p.kind()), "value", p.title(),
                "years", years.get());
          }
        }
      });

  /** PLAN-C009: the samfunnsdel's handlingsdel is revised every year (pbl § 11-4). */
  public static final CoherenceRule ACTION_PART_REVISED_YEARLY = CoherenceRule.of("PLAN-C009", Severity.WARNING,
      PlanErrorCode.C009.fragment("title").toLocalizedText(), PlanErrorCode.C009.fragment("description").toLocalizedText(),
      ctx -> {
        PlanChain c = ctx.chain();
        for (Plan s : c.plans()) {
          if (s.kind() != PlanKind.SOCIAL_ELEMENT || !(s.status() == PlanStatus.ADOPTED
              || s.status() == PlanStatus.UNDER_REVISION)
              || s.owners().stream().noneMatch(o -> o.kind() == OwnerKind.MUNICIPALITY)) {
            continue;
          }
          TreeSet<Integer> years = new TreeSet<>();
          for (Plan a : c.plans()) {
            if ((a.kind() == PlanKind.IMPLEMENTATION_ELEMENT || a.kind() == PlanKind.ACTION_PROGRAMME)
                && a.buildsOn().contains(s.id())) {
              a.adoptedOn().map(LocalDate::getYear).or(() -> a.validity().map(Period::from)).ifPresent(years::add);
            }
          }
          if (years.isEmpty()) {
            ctx.report(PlanErrorCode.C009, s.id(), null, "value", s.title(),
                "expected", PlanErrorCode.C009.fragment("none"));
            continue;
          }
          int last = Math.min(ctx.asOf(s).getYear(), s.validity().flatMap(Period::to).orElse(Integer.MAX_VALUE));
          List<Integer> missing = new ArrayList<>();
          for (int y = years.first(); y <= last; y++) {
            if (!years.contains(y)) {
              missing.add(y);
            }
          }
          if (!missing.isEmpty()) {
            ctx.report(PlanErrorCode.C009, s.id(), null, "value", s.title(),
                "expected", PlanErrorCode.C009.fragment("missing", missing));
          }
        }
      });

  /** PLAN-C010: the planstrategi is adopted within one year of the council's constitution (pbl § 10-1). */
  public static final CoherenceRule PLANNING_STRATEGY_WITHIN_ONE_YEAR = CoherenceRule.of("PLAN-C010",
      Severity.ERROR,
      PlanErrorCode.C010.fragment("title").toLocalizedText(), PlanErrorCode.C010.fragment("description").toLocalizedText(),
      ctx -> {
        for (Plan p : ctx.chain().plans()) {
          if (p.kind() != PlanKind.PLANNING_STRATEGY || p.adoptedOn().isEmpty()) {
            continue;
          }
          LocalDate adopted = p.adoptedOn().get();
          LocalDate constituted = p.councilConstituted().orElseGet(() -> assumedConstitution(adopted));
          if (adopted.isAfter(constituted.plusYears(1))) {
            ctx.report(PlanErrorCode.C010, p.id(), null, "value", p.title(), "date", adopted, "expected", constituted);
          }
        }
      });

  /** PLAN-C011: status and dates agree. */
  public static final CoherenceRule STATUS_AGREES_WITH_DATES = CoherenceRule.of("PLAN-C011", Severity.WARNING,
      PlanErrorCode.C011.fragment("title").toLocalizedText(), PlanErrorCode.C011.fragment("description").toLocalizedText(),
      ctx -> {
        for (Plan p : ctx.chain().plans()) {
          LocalDate asOf = ctx.asOf(p);
          LocalizedText st = PlanErrorCode.localized(p.status()::label);
          if (p.status().adoptedOnce() && p.adoptedOn().isEmpty()) {
            ctx.report(Severity.INFO, PlanErrorCode.C011, p.id(), null, "status", st,
                "value", p.title(), "expected", PlanErrorCode.C011.fragment("no-adoption"));
          }
          Optional<Integer> end = p.validity().flatMap(Period::to);
          if (p.status() == PlanStatus.ADOPTED && end.isPresent() && end.get() < asOf.getYear()) {
            ctx.report(PlanErrorCode.C011, p.id(), null, "status", st, "value", p.title(),
                "expected", PlanErrorCode.C011.fragment("ended", end.get(), asOf));
          }
          if (p.adoptedOn().isPresent() && end.isPresent() && p.adoptedOn().get().getYear() > end.get()) {
            ctx.report(PlanErrorCode.C011, p.id(), null, "status", st, "value", p.title(),
                "expected", PlanErrorCode.C011.fragment("adopted-late", p.adoptedOn().get(), end.get()));
          }
          if (p.status() == PlanStatus.CONSULTATION && !p.statusHistory().isEmpty()) {
            StatusChange lastChange = p.statusHistory().get(p.statusHistory().size() - 1);
            if (lastChange.until().isPresent() && lastChange.until().get().isBefore(asOf)) {
              ctx.report(Severity.INFO, PlanErrorCode.C011, p.id(), null, "status", st,
                  "value", p.title(), "expected", PlanErrorCode.C011.fragment("consultation-ended",
                      lastChange.until().get(), asOf));
            }
          }
        }
      });

  /** PLAN-C012: indicator definitions resolve in the indicator library. */
  public static final CoherenceRule INDICATOR_DEFINITION_KNOWN = CoherenceRule.of("PLAN-C012", Severity.WARNING,
      PlanErrorCode.C012.fragment("title").toLocalizedText(), PlanErrorCode.C012.fragment("description").toLocalizedText(),
      ctx -> eachElement(ctx.chain(), (p, e) -> e.indicator().flatMap(IndicatorDetails::definition)
          .filter(d -> !ctx.indicatorDefinitionKnown(d))
          .ifPresent(d -> ctx.report(PlanErrorCode.C012, p.id(), e.id(), "element", e.title(), "value", d))));

  private static final Map<ElementKind, Set<ElementKind>> ALLOWED_PARENTS = Map.of(
      ElementKind.FOCUS_AREA, EnumSet.of(ElementKind.FOCUS_AREA),
      ElementKind.MAIN_GOAL, EnumSet.of(ElementKind.FOCUS_AREA),
      ElementKind.SUB_GOAL, EnumSet.of(ElementKind.MAIN_GOAL, ElementKind.GOAL, ElementKind.SUB_GOAL),
      ElementKind.GOAL, EnumSet.of(ElementKind.FOCUS_AREA, ElementKind.MAIN_GOAL, ElementKind.GOAL),
      ElementKind.STRATEGY, EnumSet.of(ElementKind.FOCUS_AREA, ElementKind.MAIN_GOAL, ElementKind.SUB_GOAL,
          ElementKind.GOAL, ElementKind.STRATEGY),
      ElementKind.MEASURE, EnumSet.of(ElementKind.FOCUS_AREA, ElementKind.MAIN_GOAL, ElementKind.SUB_GOAL,
          ElementKind.GOAL, ElementKind.STRATEGY, ElementKind.MEASURE),
      ElementKind.INDICATOR, EnumSet.of(ElementKind.FOCUS_AREA, ElementKind.MAIN_GOAL, ElementKind.SUB_GOAL,
          ElementKind.GOAL, ElementKind.STRATEGY, ElementKind.MEASURE));

  /** PLAN-C013: element kinds nest in the usual order. */
  public static final CoherenceRule ELEMENT_HIERARCHY = CoherenceRule.of("PLAN-C013", Severity.WARNING,
      PlanErrorCode.C013.fragment("title").toLocalizedText(), PlanErrorCode.C013.fragment("description").toLocalizedText(),
      ctx -> eachElement(ctx.chain(), (p, e) -> parentOf(ctx.chain(), p, e).ifPresent(parent -> {
        Set<ElementKind> allowed = ALLOWED_PARENTS.get(e.kind());
        if (!allowed.contains(parent.kind())) {
          ctx.report(PlanErrorCode.C013, p.id(), e.id(),
              "kind", PlanErrorCode.localized(l -> capital(e.kind().label(l))), "element", e.title(),
              "parentKind", PlanErrorCode.localized(parent.kind()::label), "value", parent.title(),
              "expected", PlanErrorCode.localized(l -> allowed.stream().map(k -> k.label(l))
                  .collect(Collectors.joining(" / "))));
        }
      })));

  /** Kinds whose tiltak the annual report follows up. */
  private static final Set<PlanKind> PROGRAMME_KINDS = EnumSet.of(PlanKind.ACTION_PROGRAMME,
      PlanKind.IMPLEMENTATION_ELEMENT, PlanKind.FINANCIAL_PLAN, PlanKind.ACTION_PLAN);
  /** Kinds that make up the økonomiplan for PLAN-C015. */
  private static final Set<PlanKind> FINANCIAL_KINDS = EnumSet.of(PlanKind.FINANCIAL_PLAN, PlanKind.ACTION_PROGRAMME,
      PlanKind.IMPLEMENTATION_ELEMENT, PlanKind.ANNUAL_BUDGET);

  /** PLAN-C014: every tiltak in the handlingsprogram has a status in the årsrapport. */
  public static final CoherenceRule MEASURE_HAS_STATUS_IN_ANNUAL_REPORT = CoherenceRule.of("PLAN-C014",
      Severity.WARNING,
      PlanErrorCode.C014.fragment("title").toLocalizedText(), PlanErrorCode.C014.fragment("description").toLocalizedText(),
      ctx -> {
        PlanChain c = ctx.chain();
        for (Plan r : c.plans()) {
          if (r.kind() != PlanKind.ACTIVITY_REPORT && r.kind() != PlanKind.ANNUAL_REPORT || r.validity().isEmpty()) {
            continue;
          }
          int year = r.validity().get().from();
          Set<String> basis = buildsOnTransitively(c, r);
          for (Plan h : c.plans()) {
            if (!PROGRAMME_KINDS.contains(h.kind()) || !sharesOwner(r, h)
                || !(basis.contains(h.id()) || h.validity().map(v -> v.contains(year)).orElse(false))) {
              continue;
            }
            for (PlanElement e : h.elements()) {
              if (e.kind() != ElementKind.MEASURE) {
                continue;
              }
              boolean applies = e.measure().map(m -> m.status() != MeasureStatus.CANCELLED
                  && m.period().map(x -> x.contains(year)).orElse(true)).orElse(true);
              boolean reported = e.followUp().stream().anyMatch(f -> f.period().equals(ReportingPeriod.year(year))
                  || f.period().year() == year && f.reportedIn().map(r.id()::equals).orElse(false));
              if (applies && !reported) {
                ctx.report(PlanErrorCode.C014, h.id(), e.id(), "element", e.title(), "plan", h.title(), "year", year,
                    "value", r.title());
              }
            }
          }
        }
      });

  /** PLAN-C015: every innsatsområde reaches the økonomiplan. */
  public static final CoherenceRule FOCUS_AREA_REACHES_FINANCIAL_PLAN = CoherenceRule.of("PLAN-C015",
      Severity.WARNING,
      PlanErrorCode.C015.fragment("title").toLocalizedText(), PlanErrorCode.C015.fragment("description").toLocalizedText(),
      ctx -> {
        PlanChain c = ctx.chain();
        List<Plan> allFinancial = c.plans().stream().filter(f -> FINANCIAL_KINDS.contains(f.kind())).toList();
        for (Plan p : c.plans()) {
          if (FINANCIAL_KINDS.contains(p.kind())
              || p.elements().stream().noneMatch(e -> e.kind() == ElementKind.FOCUS_AREA)) {
            continue;
          }
          List<Plan> financial = allFinancial.stream().filter(f -> sharesOwner(p, f)).toList();
          if (financial.isEmpty()) {
            continue;
          }
          Set<String> ids = financial.stream().map(Plan::id).collect(Collectors.toSet());
          for (PlanElement e : p.elements()) {
            if (e.kind() == ElementKind.FOCUS_AREA && c.downward(ElementRef.of(p.id(), e.id())).stream()
                .noneMatch(r -> ids.contains(r.planId().orElseThrow()))) {
              ctx.report(PlanErrorCode.C015, p.id(), e.id(), "element", e.title(), "expected",
                  financial.stream().map(f -> "'" + f.title() + "'").collect(Collectors.joining(", ")));
            }
          }
        }
      });

  /** PLAN-C016: a goal that is followed up has indicator values in the last two years of follow-up. */
  public static final CoherenceRule GOAL_FOLLOWED_UP_WITH_INDICATOR = CoherenceRule.of("PLAN-C016",
      Severity.WARNING,
      PlanErrorCode.C016.fragment("title").toLocalizedText(), PlanErrorCode.C016.fragment("description").toLocalizedText(),
      ctx -> {
        PlanChain c = ctx.chain();
        // the follow-up years of the plans of each owner, once (the plans sharing an owner with p are the union
        // over p's owners: linear in the chain, not quadratic)
        Map<Object, Set<Integer>> yearsByOwner = new HashMap<>();
        for (Plan q : c.plans()) {
          Set<Integer> own = new HashSet<>();
          q.elements().forEach(e -> e.followUp().forEach(f -> own.add(f.period().year())));
          if (!own.isEmpty()) {
            for (Object o : q.owners()) {
              yearsByOwner.computeIfAbsent(o, k -> new HashSet<>()).addAll(own);
            }
          }
        }
        for (Plan p : c.plans()) {
          TreeSet<Integer> years = new TreeSet<>();
          for (Object o : p.owners()) {
            years.addAll(yearsByOwner.getOrDefault(o, Set.of()));
          }
          if (years.size() < 2) {
            continue;
          }
          int last = years.last();
          Set<Integer> window = Set.of(last - 1, last);
          for (PlanElement g : p.elements()) {
            if (!g.kind().goalLevel()) {
              continue;
            }
            ElementRef gr = ElementRef.of(p.id(), g.id());
            Set<ElementRef> below = c.downward(gr);
            boolean found = hasValue(g, window);
            for (ElementRef r : below) {
              PlanElement x = c.findElement(r).orElseThrow();
              found |= hasValue(x, window) || x.indicator().map(i -> i.observations().stream()
                  .anyMatch(o -> window.contains(o.year()))).orElse(false);
            }
            if (!found) {
              ctx.report(PlanErrorCode.C016, p.id(), g.id(), "element", g.title(), "value", (last - 1) + "–" + last);
            }
          }
        }
      });

  private static boolean hasValue(PlanElement e, Set<Integer> window) {
    return e.followUp().stream().anyMatch(f -> window.contains(f.period().year()) && !f.indicatorValues().isEmpty());
  }

  private static boolean sharesOwner(Plan a, Plan b) {
    return a.owners().stream().anyMatch(b.owners()::contains);
  }

  private static Set<String> buildsOnTransitively(PlanChain c, Plan p) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(p.buildsOn());
    while (!todo.isEmpty()) {
      String id = todo.pop();
      if (seen.add(id)) {
        c.findPlan(id).ifPresent(x -> todo.addAll(x.buildsOn()));
      }
    }
    return seen;
  }

  private static final List<CoherenceRule> ALL = List.of(FOCUS_AREA_HAS_SDG_LINK, MAIN_GOAL_HAS_SDG_LINK,
      GOAL_HAS_INDICATOR_WITH_TARGET, MEASURE_TRACES_TO_GOAL, REFERENCES_RESOLVE, NO_CYCLES,
      CHILD_LINKS_CONSISTENT, FINANCIAL_PLAN_FOUR_YEARS, ACTION_PART_REVISED_YEARLY,
      PLANNING_STRATEGY_WITHIN_ONE_YEAR, STATUS_AGREES_WITH_DATES, INDICATOR_DEFINITION_KNOWN, ELEMENT_HIERARCHY,
      MEASURE_HAS_STATUS_IN_ANNUAL_REPORT, FOCUS_AREA_REACHES_FINANCIAL_PLAN, GOAL_FOLLOWED_UP_WITH_INDICATOR);

  /** All standard rules in code order. */
  public static List<CoherenceRule> all() {
    return ALL;
  }

  // ---- helpers ----

  private static LocalizedText kindLabel(PlanKind kind) {
    return PlanErrorCode.localized(l -> capital(kind.label(l)));
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
  }

  /** 31 October of the latest municipal election year (2019, 2023, …) that lies before the date. */
  static LocalDate assumedConstitution(LocalDate adopted) {
    int year = adopted.getYear();
    while (Math.floorMod(year - 2019, 4) != 0) {
      year--;
    }
    LocalDate d = LocalDate.of(year, 10, 31);
    return d.isAfter(adopted) ? LocalDate.of(year - 4, 10, 31) : d;
  }

  private interface ElementVisitor {
    void visit(Plan plan, PlanElement element);
  }

  private static void eachElement(PlanChain chain, ElementVisitor v) {
    for (Plan p : chain.plans()) {
      for (PlanElement e : p.elements()) {
        v.visit(p, e);
      }
    }
  }

  private static boolean hasGoalParent(PlanChain c, Plan p, PlanElement e) {
    return parentOf(c, p, e).map(x -> x.kind().goalLevel()).orElse(false);
  }

  private static Optional<PlanElement> parentOf(PlanChain c, Plan p, PlanElement e) {
    return e.parent().flatMap(id -> c.findElement(ElementRef.of(p.id(), id)));
  }

  private static boolean resolves(PlanChain c, ElementRef r) {
    return r.wholePlan() ? c.findPlan(r.planId().orElseThrow()).isPresent() : c.findElement(r).isPresent();
  }

  /** Elements reachable downwards: children and serving elements, transitively (excluding the start). */
  static Set<ElementRef> reach(PlanChain c, ElementRef start) {
    return c.downward(start);
  }

  /** Elements reachable upwards: parent and served elements, transitively (excluding the start). */
  static Set<ElementRef> upward(PlanChain c, ElementRef start) {
    return c.upward(start);
  }

  /** Elementary cycles found by depth-first search, each reported once (rotated to its smallest node). */
  static List<List<String>> cycles(Map<String, List<String>> graph) {
    List<List<String>> out = new ArrayList<>();
    Set<String> reported = new HashSet<>();
    Set<String> done = new HashSet<>();
    for (String start : new TreeSet<>(graph.keySet())) {
      dfs(start, graph, new ArrayList<>(), new HashSet<>(), done, reported, out);
    }
    return out;
  }

  private static void dfs(String node, Map<String, List<String>> g, List<String> stack, Set<String> onStack,
      Set<String> done, Set<String> reported, List<List<String>> out) {
    if (onStack.contains(node)) {
      List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(node), stack.size()));
      int min = cycle.indexOf(cycle.stream().min(String::compareTo).orElseThrow());
      List<String> rotated = new ArrayList<>(cycle.subList(min, cycle.size()));
      rotated.addAll(cycle.subList(0, min));
      if (reported.add(String.join("\u0000", rotated))) {
        rotated.add(rotated.get(0));
        out.add(rotated);
      }
      return;
    }
    if (done.contains(node)) {
      return;
    }
    stack.add(node);
    onStack.add(node);
    for (String n : g.getOrDefault(node, List.of())) {
      dfs(n, g, stack, onStack, done, reported, out);
    }
    stack.remove(stack.size() - 1);
    onStack.remove(node);
    done.add(node);
  }
}
