package io.github.livskraft.report;

import io.github.livskraft.plan.Finding;
import io.github.livskraft.plan.Owner;
import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.PlanChain;
import io.github.livskraft.plan.PlanElement;
import io.github.livskraft.plan.SdgLink;
import io.github.livskraft.plan.coverage.CoverageAnalyzer;
import io.github.livskraft.plan.coverage.CoverageDepth;
import io.github.livskraft.plan.coverage.CoverageReport;
import io.github.livskraft.plan.coverage.GoalCoverage;
import io.github.livskraft.plan.coverage.PriorityGap;
import io.github.livskraft.plan.io.LoadedPlanDocument;
import io.github.livskraft.plan.validation.PlanValidator;
import io.github.livskraft.report.Report.ElementView;
import io.github.livskraft.report.Report.FindingView;
import io.github.livskraft.report.Report.PlanView;
import io.github.livskraft.report.Report.SuggestionView;
import io.github.livskraft.report.Report.TargetView;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.LocalizedText;
import io.github.livskraft.sdg.NumberText;
import io.github.livskraft.tagger.Evidence;
import io.github.livskraft.tagger.GoalSuggestion;
import io.github.livskraft.tagger.MatchSpan;
import io.github.livskraft.tagger.RuleMatch;
import io.github.livskraft.tagger.SdgTagger;
import io.github.livskraft.tagger.TagResult;
import io.github.livskraft.tagger.TargetSuggestion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Loads the plans for the report (plan-model) and derives the views, findings, suggestions and targets. */
final class Plans {
  private Plans() {}

  static PlanSection from(List<LoadedPlanDocument> docs, List<LocalizedText> notes, java.util.OptionalInt year) {
    List<Plan> plans = new ArrayList<>();
    Map<String, String> sourceOf = new HashMap<>();
    List<FindingView> findings = new ArrayList<>();
    PlanValidator validator = PlanValidator.create();
    for (LoadedPlanDocument d : docs) {
      for (Plan p : d.document().plans()) {
        plans.add(p);
        sourceOf.put(p.id(), d.file());
      }
      validator.validate(d).forEach(f -> findings.add(finding(f)));
    }
    Coherence.check(docs).forEach(f -> findings.add(finding(f)));
    Set<String> ids = new LinkedHashSet<>();
    plans.forEach(p -> ids.add(p.id()));
    List<PlanView> views = new ArrayList<>();
    Set<Integer> priority = new TreeSet<>();
    Map<String, TargetView> targets = new LinkedHashMap<>();
    for (Plan p : plans) {
      p.priorityGoals().forEach(g -> priority.add(g.number()));
      views.add(view(p, sourceOf.getOrDefault(p.id(), ""),
          p.buildsOn().stream().filter(ids::contains).findFirst()));
      for (PlanElement e : p.elements()) {
        e.indicator().ifPresent(ind -> ind.target().ifPresent(t -> t.value().ifPresent(v -> ind.definition()
            .flatMap(PlanIndicators::reportIndicatorId)
            .ifPresent(id -> targets.putIfAbsent(id, new TargetView(v.doubleValue(), t.year(),
                Texts.text("plan.from", p.title(), e.id())))))));
      }
    }
    Map<Integer, LocalizedText> depth = new java.util.TreeMap<>();
    List<Report.GapView> gaps = new ArrayList<>();
    if (!plans.isEmpty()) {
      CoverageAnalyzer analyzer = priority.isEmpty() ? CoverageAnalyzer.create()
          : CoverageAnalyzer.builder().priority(priority.stream().map(GoalCode::of).toList()).build();
      CoverageReport cov = analyzer.analyse(PlanChain.of(plans));
      for (GoalCoverage g : cov.goals()) {
        depth.put(g.goal().number(), depth(g.depth()));
      }
      for (PriorityGap g : cov.gaps()) {
        gaps.add(new Report.GapView(g.goal().number(), depth(g.depth()), g.explanation()));
      }
    }
    return new PlanSection(views, findings, suggestions(plans), priority, targets, notes,
        PlanIndicators.of(plans), depth, gaps, PlanYear.of(plans, year));
  }

  /** plan-model's coverage depth label in nb, nn and en. */
  static LocalizedText depth(CoverageDepth d) {
    return Texts.of(d::label);
  }

  static FindingView finding(Finding f) {
    String where = f.planId().map(p -> p + f.elementId().map(e -> "#" + e).orElse("")).orElse("")
        + f.location().map(l -> (f.planId().isPresent() ? " · " : "") + l).orElse("");
    Report.Severity s = switch (f.severity()) {
      case ERROR -> Report.Severity.ERROR;
      case WARNING -> Report.Severity.WARNING;
      case INFO -> Report.Severity.INFO;
    };
    return new FindingView(s, f.code(),
        Texts.of(f.message(Language.NB), f.message(Language.NN), f.message(Language.EN)),
        where.isEmpty() ? Optional.empty() : Optional.of(where));
  }

  static PlanView view(Plan p, String source, Optional<String> parent) {
    List<ElementView> elements = new ArrayList<>();
    Set<Integer> planGoals = new TreeSet<>();
    List<String> planTargets = new ArrayList<>();
    for (SdgLink l : p.sdgLinks()) {
      planGoals.add(l.goal().number());
      l.target().ifPresent(t -> planTargets.add(t.toString()));
    }
    if (!planGoals.isEmpty()) {
      elements.add(new ElementView(p.id(), "(plan)", Texts.same("plan"), p.title(), 0, planGoals, planTargets,
          List.of()));
    }
    Map<String, PlanElement> byId = new HashMap<>();
    p.elements().forEach(e -> byId.put(e.id(), e));
    for (PlanElement e : p.elements()) {
      Set<Integer> goals = new TreeSet<>();
      List<String> targets = new ArrayList<>();
      for (SdgLink l : e.sdgLinks()) {
        goals.add(l.goal().number());
        l.target().ifPresent(t -> targets.add(t.toString()));
      }
      int depth = 0;
      Optional<String> up = e.parent();
      while (up.isPresent() && depth < 10) {
        depth++;
        PlanElement parentEl = byId.get(up.get());
        up = parentEl == null ? Optional.empty() : parentEl.parent();
      }
      List<String> inds = e.indicator().flatMap(i -> i.definition()).map(List::of).orElse(List.of());
      elements.add(new ElementView(p.id(), e.id(), Texts.of(e.kind()::label), e.title(),
          depth, goals, targets, inds));
    }
    String owner = String.join(", ", p.owners().stream().map(Owner::name).toList());
    Optional<String> period = p.validity().map(Object::toString);
    return new PlanView(p.id(), Texts.of(p.kind()::label), p.title(), owner, period, parent,
        elements, source);
  }

  /**
   * Runs the text tagger over every element's title and description (bokmål); each suggestion keeps the tagger's
   * evidence level and confidence.
   */
  static List<SuggestionView> suggestions(List<Plan> plans) {
    SdgTagger tagger = SdgTagger.bundled();
    List<SuggestionView> out = new ArrayList<>();
    for (Plan p : plans) {
      for (PlanElement e : p.elements()) {
        String text = e.title() + e.description().map(d -> ". " + d).orElse("");
        TagResult r = tagger.tag(p.id() + "#" + e.id(), text, Language.NB);
        Set<GoalCode> linked = new TreeSet<>();
        e.sdgLinks().forEach(l -> linked.add(l.goal()));
        for (GoalSuggestion g : r.goals()) {
          Optional<TargetSuggestion> best = r.targets().stream().filter(t -> t.target().goal().equals(g.goal()))
              .findFirst();
          String code = best.map(t -> t.target().toString()).orElse(g.goal().toString());
          out.add(new SuggestionView(p.id(), e.id(), e.title(), code, g.goal().number(), g.score(),
              evidence(g.matches()), linked.contains(g.goal()), g.evidence()));
        }
      }
    }
    return out;
  }

  /** "Sikkerhet 0,89: flere belegg, eneste mål (…)" in the three languages. */
  static LocalizedText evidenceText(Evidence level) {
    return Texts.text("suggestion.evidence", Texts.of(l -> NumberText.fixed(level.confidence(), 2, l)),
        Texts.of(l -> level.describe(l.locale())));
  }

  private static List<String> evidence(List<RuleMatch> matches) {
    Set<String> words = new LinkedHashSet<>();
    for (RuleMatch m : matches) {
      for (MatchSpan s : m.spans()) {
        words.add("«" + s.text().toLowerCase(Locale.ROOT) + "»");
      }
    }
    return List.copyOf(words);
  }
}
