package io.github.livskraft.report;

import io.github.livskraft.report.IndicatorSpec.Aggregation;
import io.github.livskraft.report.IndicatorSpec.Trend;
import io.github.livskraft.report.ReportModel.CoverageView;
import io.github.livskraft.report.ReportModel.ElementView;
import io.github.livskraft.report.ReportModel.GoalView;
import io.github.livskraft.report.ReportModel.IndicatorView;
import io.github.livskraft.report.ReportModel.MunicipalityView;
import io.github.livskraft.report.ReportModel.PlanView;
import io.github.livskraft.report.ReportModel.Point;
import io.github.livskraft.report.ReportModel.RegionView;
import io.github.livskraft.report.ReportModel.SourceView;
import io.github.livskraft.report.ReportModel.StatusView;
import io.github.livskraft.report.ReportModel.SuggestionView;
import io.github.livskraft.report.ReportModel.TargetView;
import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.sdg.Goal;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.SdgCatalogue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Computes the {@link ReportModel}: regional aggregates, baselines, progress, coverage and gaps. */
final class ReportBuilder {
  /** Open SDG's default base year. */
  static final int BASE_YEAR = 2015;

  private final BundledStatistics stats;
  private final ProgressAssessor progress;
  private final SdgCatalogue catalogue;

  ReportBuilder(BundledStatistics stats, ProgressAssessor progress, SdgCatalogue catalogue) {
    this.stats = stats;
    this.progress = progress;
    this.catalogue = catalogue;
  }

  ReportModel build(RegionSpec region, PlanSection plans, List<IndicatorSpec> specs, String generator) {
    List<MunicipalityView> munis = new ArrayList<>();
    for (MunicipalityCode c : region.municipalities()) {
      munis.add(new MunicipalityView(c, stats.codes().name(c).orElse(c.value())));
    }
    RegionView regionView = new RegionView(region.id(), region.name(), munis);
    Set<Integer> priority = plans.priorityGoals().isEmpty() ? region.priorityGoals() : plans.priorityGoals();
    List<IndicatorView> indicators = new ArrayList<>();
    for (IndicatorSpec spec : specs) {
      indicators.add(indicator(spec, region, plans.indicatorTargets().get(spec.id())));
    }
    List<ReportModel.PlanIndicatorRow> planIndicators = planIndicators(plans, indicators);
    List<Text> notes = new ArrayList<>(plans.notes());
    notes.add(Text.of("Kommunenumre harmonisert med: " + stats.codes().describe() + ".",
        "Municipality codes harmonised with: " + stats.codes().describe() + "."));
    return new ReportModel(
        Text.of("Bærekraftsrapport – " + region.name().nb(), "SDG report – " + region.name().en()), regionView,
        new TreeSet<>(priority), goals(), plans.plans(), plans.findings(),
        coverage(plans.plans(), plans.suggestions(), priority, plans.depth(), plans.priorityGaps()), plans.suggestions(), planIndicators, indicators,
        sources(), notes,
        generator);
  }

  /** Says, for each indicator the plans name, whether the report shows figures for the plan's owners. */
  List<ReportModel.PlanIndicatorRow> planIndicators(PlanSection plans, List<IndicatorView> indicators) {
    List<ReportModel.PlanIndicatorRow> rows = new ArrayList<>();
    for (PlanIndicators.PlanIndicatorView pi : plans.planIndicators()) {
      Optional<IndicatorView> iv = pi.reportIndicator()
          .flatMap(id -> indicators.stream().filter(i -> i.id().equals(id)).findFirst());
      List<MunicipalityCode> owners = new ArrayList<>();
      for (MunicipalityCode c : pi.owners()) {
        stats.codes().current(c, 2019).ifPresent(owners::add);
      }
      Text status;
      boolean figures = false;
      String source = pi.dataSource().orElse("");
      if (iv.isEmpty()) {
        status = Text.of("Ingen medfølgende data" + (source.isEmpty() ? "" : " — kilde: " + source),
            "No bundled data" + (source.isEmpty() ? "" : " — source: " + source));
      } else if (iv.get().noData().isPresent()) {
        status = Text.of("Ingen medfølgende data — " + iv.get().noData().get().nb(),
            "No bundled data — " + iv.get().noData().get().en());
      } else {
        List<String> missing = owners.stream().filter(c -> !iv.get().perMunicipality().containsKey(c))
            .map(c -> stats.codes().name(c).orElse(c.value())).toList();
        if (!missing.isEmpty()) {
          status = Text.of("Ingen medfølgende data for " + String.join(", ", missing) + " (tall for andre kommuner i «"
                  + iv.get().name().nb() + "»)",
              "No bundled data for " + String.join(", ", missing) + " (figures for other municipalities under \""
                  + iv.get().name().en() + "\")");
        } else {
          figures = true;
          status = Text.of("Tall i rapporten: «" + iv.get().name().nb() + "»",
              "Figures in this report: \"" + iv.get().name().en() + "\"");
        }
      }
      rows.add(new ReportModel.PlanIndicatorRow(pi.planId(), pi.planTitle(), pi.elementId(), pi.title(), pi.unit(),
          pi.target(), iv.map(IndicatorView::id), figures, status));
    }
    return rows;
  }

  List<GoalView> goals() {
    List<GoalView> goals = new ArrayList<>();
    for (Goal g : catalogue.goals()) {
      goals.add(new GoalView(g.code().number(), Text.of(g.shortName(Language.NB), g.shortName(Language.EN)),
          g.colour()));
    }
    return goals;
  }

  static CoverageView coverage(List<PlanView> plans, List<SuggestionView> suggestions, Set<Integer> priority,
      Map<Integer, Text> depth, List<ReportModel.GapView> priorityGaps) {
    Map<Integer, List<String>> explicit = new TreeMap<>();
    Map<Integer, List<String>> suggested = new TreeMap<>();
    for (int g = 1; g <= 17; g++) {
      explicit.put(g, new ArrayList<>());
      suggested.put(g, new ArrayList<>());
    }
    for (PlanView p : plans) {
      for (ElementView e : p.elements()) {
        e.goals().forEach(g -> explicit.get(g).add(p.id() + "/" + e.id()));
      }
    }
    for (SuggestionView s : suggestions) {
      String key = s.planId() + "/" + s.elementId();
      if (!s.alreadyLinked() && !explicit.get(s.goal()).contains(key) && !suggested.get(s.goal()).contains(key)) {
        suggested.get(s.goal()).add(key);
      }
    }
    List<Integer> gaps = new ArrayList<>();
    new TreeSet<>(priority).forEach(g -> {
      if (explicit.get(g).isEmpty()) {
        gaps.add(g);
      }
    });
    Map<Integer, List<String>> e2 = new LinkedHashMap<>();
    explicit.forEach((k, v) -> e2.put(k, List.copyOf(v)));
    Map<Integer, List<String>> s2 = new LinkedHashMap<>();
    suggested.forEach((k, v) -> s2.put(k, List.copyOf(v)));
    return new CoverageView(e2, s2, gaps, depth, priorityGaps);
  }

  IndicatorView indicator(IndicatorSpec spec, RegionSpec region, TargetView planTarget) {
    Set<Integer> goals = new TreeSet<>();
    spec.targets().forEach(t -> goals.add(Integer.parseInt(t.contains(".") ? t.substring(0, t.indexOf('.')) : t)));
    Optional<MunicipalData> data = spec.data().apply(stats);
    Map<MunicipalityCode, NavigableMap<Integer, Double>> per = new TreeMap<>();
    List<Text> notes = new ArrayList<>(spec.notes());
    if (data.isPresent()) {
      for (MunicipalityCode c : region.municipalities()) {
        NavigableMap<Integer, Double> s = data.get().of(c);
        if (!s.isEmpty()) {
          per.put(c, s);
        }
      }
      notes.addAll(data.get().notes());
    }
    NavigableMap<Integer, Double> regional = new TreeMap<>();
    Optional<Text> regionalNote = Optional.empty();
    if (data.isPresent() && region.municipalities().size() > 1) {
      List<String> missing = region.municipalities().stream().filter(c -> !per.containsKey(c))
          .map(c -> stats.codes().name(c).orElse(c.value())).toList();
      if (spec.aggregation() == Aggregation.NOT_AGGREGABLE) {
        regionalNote = Optional.of(Text.of("Ingen regionverdi: indikatoren kan ikke slås sammen over kommuner.",
            "No regional value: the indicator cannot be aggregated across municipalities."));
      } else if (!missing.isEmpty()) {
        regionalNote = Optional.of(Text.of(
            "Ingen regionverdi: det mangler tall for " + String.join(", ", missing) + ".",
            "No regional value: figures are missing for " + String.join(", ", missing) + "."));
      } else {
        regional = aggregate(spec.aggregation(), per, region.municipalities());
        if (regional.isEmpty()) {
          regionalNote = Optional.of(Text.of("Ingen år der alle kommunene har tall; ingen regionverdi.",
              "No year in which every municipality has a figure; no regional value."));
        }
      }
    }
    NavigableMap<Integer, Double> main = !regional.isEmpty() ? regional
        : region.municipalities().size() == 1 && per.containsKey(region.municipalities().get(0))
            ? per.get(region.municipalities().get(0)) : new TreeMap<>();
    Optional<Point> baseline = baseline(main);
    Optional<TargetView> target = Optional.ofNullable(planTarget);
    Optional<StatusView> status = Optional.empty();
    if (baseline.isPresent() && spec.direction() != Trend.CONTEXT) {
      status = progress.assess(spec, main, baseline.get(), target);
    }
    Map<MunicipalityCode, StatusView> municipal = new TreeMap<>();
    if (spec.direction() != Trend.CONTEXT) {
      per.forEach((code, series) -> baseline(series).flatMap(b -> progress.assess(spec, series, b, target))
          .ifPresent(st -> municipal.put(code, st)));
    }
    return new IndicatorView(spec.id(), spec.name(), spec.unit(), spec.decimals(), spec.targets(), goals,
        spec.aggregationLabel(), spec.direction().label, per, regional, regionalNote, baseline, target, status,
        notes, spec.noData(), spec.sourceId(), municipal);
  }

  /** The baseline: the base year 2015 if present, else the first later year, else the first year. */
  static Optional<Point> baseline(NavigableMap<Integer, Double> series) {
    if (series.isEmpty()) {
      return Optional.empty();
    }
    Map.Entry<Integer, Double> e = series.ceilingEntry(BASE_YEAR);
    if (e == null) {
      e = series.firstEntry();
    }
    return Optional.of(new Point(e.getKey(), e.getValue()));
  }

  /** Regional values for the years in which every municipality (and, for weighting, its population) is known. */
  NavigableMap<Integer, Double> aggregate(Aggregation rule, Map<MunicipalityCode, NavigableMap<Integer, Double>> per,
      List<MunicipalityCode> municipalities) {
    TreeSet<Integer> years = new TreeSet<>();
    per.values().forEach(s -> years.addAll(s.keySet()));
    NavigableMap<Integer, Double> out = new TreeMap<>();
    MunicipalData pop = stats.population();
    for (int year : years) {
      double sum = 0;
      double weights = 0;
      boolean complete = true;
      for (MunicipalityCode c : municipalities) {
        Double v = per.get(c).get(year);
        if (v == null) {
          complete = false;
          break;
        }
        if (rule == Aggregation.SUM) {
          sum += v;
        } else {
          Optional<Double> w = pop.value(c, year);
          if (w.isEmpty()) {
            complete = false;
            break;
          }
          sum += v * w.get();
          weights += w.get();
        }
      }
      if (complete) {
        out.put(year, rule == Aggregation.SUM ? sum : sum / weights);
      }
    }
    return out;
  }

  static List<SourceView> sources() {
    return List.of(
        new SourceView(ReportIndicators.SSB, Text.of("Statistisk sentralbyrå (SSB): tabell 07459 og 13502",
                "Statistics Norway (SSB): tables 07459 and 13502"),
            Text.of("Kilde: Statistisk sentralbyrå, CC BY 4.0", "Source: Statistics Norway (Statistisk sentralbyrå), CC BY 4.0"),
            "CC BY 4.0", "https://www.ssb.no/statbank"),
        new SourceView(ReportIndicators.SSB_LAND_USE, Text.of("SSB Arealprofiler 2015–2024", "SSB land-use profiles 2015–2024"),
            Text.of("Kilde: Statistisk sentralbyrå, CC BY 4.0", "Source: Statistics Norway (Statistisk sentralbyrå), CC BY 4.0"),
            "CC BY 4.0", "https://www.ssb.no/natur-og-miljo/areal/arealprofiler"),
        new SourceView(ReportIndicators.MDIR, Text.of("Miljødirektoratet: Klimagassutslipp fra kommuner",
                "Norwegian Environment Agency (Miljødirektoratet): municipal greenhouse-gas emissions"),
            Text.of("Kilde: Miljødirektoratet, Klimagassutslipp fra kommuner (bearbeidet av Telemark fylkeskommune)",
                "Source: Miljødirektoratet, Klimagassutslipp fra kommuner (processed by Telemark county council)"),
            "Åpne offentlige data (NLOD 2.0 forventet; ikke bekreftet)",
            "https://www.miljodirektoratet.no/tjenester/klimagassutslipp-kommuner/"),
        new SourceView("klass", Text.of("SSB Klass: kommuneinndeling (131) og fylkesinndeling (104)",
                "SSB Klass: municipalities (131) and counties (104)"),
            Text.of("Kilde: Statistisk sentralbyrå, CC BY 4.0", "Source: Statistics Norway (Statistisk sentralbyrå), CC BY 4.0"),
            "CC BY 4.0", "https://data.ssb.no/api/klass/v1/classifications/131"),
        new SourceView("un", Text.of("FN: bærekraftsmålene, delmål og globale indikatorer",
                "United Nations: the SDGs, targets and global indicator framework"),
            Text.of("Kilde: FN (UN Statistics Division), globalt indikatorrammeverk etter 2025-revisjonen; norske titler fra FN-sambandet/SSB",
                "Source: United Nations (UN Statistics Division), global indicator framework after the 2025 review"),
            "UN terms of use; SDG colours and icons per UN guidelines", "https://unstats.un.org/sdgs/indicators/indicators-list/"),
        new SourceView(ReportIndicators.MILJOFYRTARN, Text.of("Stiftelsen Miljøfyrtårn", "Eco-Lighthouse Foundation (Miljøfyrtårn)"),
            Text.of("Ingen tall følger med", "No figures bundled"), "–", "https://miljofyrtarn.no"));
  }
}
