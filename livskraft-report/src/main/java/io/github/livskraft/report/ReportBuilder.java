package io.github.livskraft.report;

import io.github.livskraft.indicators.calc.AggregationMethod;
import io.github.livskraft.indicators.calc.RegionalAggregator;
import io.github.livskraft.indicators.series.Provenance;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.municipalities.Region;
import io.github.livskraft.plan.io.LoadedPlanDocument;
import io.github.livskraft.report.IndicatorSpec.Aggregation;
import io.github.livskraft.report.IndicatorSpec.Trend;
import io.github.livskraft.report.Report.Baseline;
import io.github.livskraft.report.Report.CoverageView;
import io.github.livskraft.report.Report.ElementView;
import io.github.livskraft.report.Report.GoalView;
import io.github.livskraft.report.Report.IndicatorView;
import io.github.livskraft.report.Report.MunicipalityView;
import io.github.livskraft.report.Report.PlanView;
import io.github.livskraft.report.Report.RegionView;
import io.github.livskraft.report.Report.SourceView;
import io.github.livskraft.report.Report.StatusView;
import io.github.livskraft.report.Report.SuggestionView;
import io.github.livskraft.report.Report.TargetView;
import io.github.livskraft.sdg.Goal;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.LocalizedText;
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

/**
 * Builds the {@link Report} of a region's plans: reads the plans' chain (plan-model validation, coherence and
 * coverage), runs the bundled text tagger, and puts the real statistics bundled with this module on today's
 * municipality codes (kostra-adapter's KLASS registry) as indicator-library {@link TimeSeries}; regional values
 * come from the indicators module's {@link RegionalAggregator}, progress from its Open SDG calculator with the
 * report's base-period and minimum-count rules.
 *
 * <pre>{@code
 * ReportBuilder builder = ReportBuilder.builder().generator("my-app 1.0").build();
 * Report report = builder.build(ExamplePlans.bundled(), ReportRegion.kongsbergregionen());
 * }</pre>
 *
 * <p>Thread-safe; the bundled statistics are read once per builder, on first use.
 */
public final class ReportBuilder {
  /** Open SDG's default base year. */
  static final int BASE_YEAR = 2015;

  private final BundledStatistics stats;
  private final ProgressAssessor progress;
  private final SdgCatalogue catalogue;
  private final String generator;
  private final java.util.OptionalInt year;

  private ReportBuilder(Builder b) {
    this.stats = new BundledStatistics(Harmonisation.codes());
    this.progress = Progress.assessor();
    this.catalogue = b.catalogue != null ? b.catalogue : SdgCatalogue.bundled();
    this.generator = b.generator;
    this.year = b.year;
  }

  /** A report builder with the defaults (bundled catalogue, generator {@code "Livskraft"}). */
  public static ReportBuilder create() {
    return builder().build();
  }

  /** Options: the generator named in the report's footer and metadata, the SDG catalogue. */
  public static Builder builder() {
    return new Builder();
  }

  /** Options for {@link ReportBuilder}. */
  public static final class Builder {
    private String generator = "Livskraft";
    private @org.jspecify.annotations.Nullable SdgCatalogue catalogue;
    private java.util.OptionalInt year = java.util.OptionalInt.empty();

    private Builder() {}

    /**
     * The year of the «Oppfølging» and «Årshjul» sections (default: the latest year the plans report follow-up
     * for; without follow-up, the årshjul takes the latest year of the plans' milestones). The report never
     * depends on today's date.
     *
     * @param year e.g. {@code 2025}
     * @return this builder
     * @throws IllegalArgumentException if the year is outside 1900–2100
     */
    public Builder year(int year) {
      if (year < 1900 || year > 2100) {
        throw new ReportArgumentException(ReportErrorCode.YEAR, year);
      }
      this.year = java.util.OptionalInt.of(year);
      return this;
    }

    /**
     * The name and version of the program, shown in the footer and in {@code report.json} (default
     * {@code "Livskraft"}). A fixed value gives byte-identical output for the same inputs.
     *
     * @param generator e.g. {@code "Livskraft 0.1.0"}
     * @return this builder
     */
    public Builder generator(String generator) {
      this.generator = java.util.Objects.requireNonNull(generator, "generator");
      return this;
    }

    /**
     * The SDG catalogue for goal titles and colours (default: the bundled catalogue).
     *
     * @param catalogue the catalogue
     * @return this builder
     */
    public Builder catalogue(SdgCatalogue catalogue) {
      this.catalogue = java.util.Objects.requireNonNull(catalogue, "catalogue");
      return this;
    }

    /** The builder. */
    public ReportBuilder build() {
      return new ReportBuilder(this);
    }
  }

  /**
   * Builds the report.
   *
   * @param plans the plan documents, overarching plan first (e.g. {@link ExamplePlans#bundled()} or files read
   *     with plan-model's {@code PlanReader})
   * @param region the region
   * @return the report
   */
  public Report build(List<LoadedPlanDocument> plans, ReportRegion region) {
    return build(region, Plans.from(plans, List.of(), year), ReportIndicators.defaults(region.municipalities()));
  }

  Report build(ReportRegion region, PlanSection plans, List<IndicatorSpec> specs) {
    List<MunicipalityView> munis = new ArrayList<>();
    for (MunicipalityCode c : region.municipalities()) {
      munis.add(new MunicipalityView(c, stats.codes().name(c).orElse(c.value())));
    }
    RegionView regionView = new RegionView(region.id(), region.name(), munis);
    Set<Integer> priority = plans.priorityGoals().isEmpty() ? region.priorityGoals() : plans.priorityGoals();
    List<IndicatorView> indicators = new ArrayList<>();
    for (IndicatorSpec spec : specs) {
      indicators.add(indicator(spec, region, munis, plans.indicatorTargets().get(spec.id())));
    }
    List<Report.PlanIndicatorRow> planIndicators = planIndicators(plans, indicators);
    List<LocalizedText> notes = new ArrayList<>(plans.notes());
    notes.add(Texts.text("note.codes", stats.codes().describe()));
    return new Report(Texts.text("title", region.name()),
        regionView, new TreeSet<>(priority), goals(), plans.plans(), plans.findings(),
        coverage(plans.plans(), plans.suggestions(), priority, plans.depth(), plans.priorityGaps()),
        plans.suggestions(), planIndicators, indicators, sources(), notes, generator,
        plans.year().followUp(), plans.year().cycle());
  }

  /** Says, for each indicator the plans name, whether the report shows figures for the plan's owners. */
  List<Report.PlanIndicatorRow> planIndicators(PlanSection plans, List<IndicatorView> indicators) {
    List<Report.PlanIndicatorRow> rows = new ArrayList<>();
    for (PlanIndicators.PlanIndicatorView pi : plans.planIndicators()) {
      Optional<IndicatorView> iv = pi.reportIndicator()
          .flatMap(id -> indicators.stream().filter(i -> i.id().equals(id)).findFirst());
      List<MunicipalityCode> owners = new ArrayList<>();
      for (MunicipalityCode c : pi.owners()) {
        stats.codes().current(c, 2019).ifPresent(owners::add);
      }
      LocalizedText status;
      boolean figures = false;
      String source = pi.dataSource().orElse("");
      if (iv.isEmpty()) {
        status = source.isEmpty() ? Texts.text("plan-indicator.no-data")
            : Texts.text("plan-indicator.no-data.source", source);
      } else if (iv.get().noData().isPresent()) {
        LocalizedText nd = iv.get().noData().get();
        status = Texts.text("plan-indicator.no-data.why", nd);
      } else {
        List<String> missing = owners.stream().filter(c -> !iv.get().perMunicipality().containsKey(c))
            .map(c -> stats.codes().name(c).orElse(c.value())).toList();
        LocalizedText name = iv.get().name();
        if (!missing.isEmpty()) {
          String who = String.join(", ", missing);
          status = Texts.text("plan-indicator.missing", who, name);
        } else {
          figures = true;
          status = Texts.text("plan-indicator.figures", name);
        }
      }
      rows.add(new Report.PlanIndicatorRow(pi.planId(), pi.planTitle(), pi.elementId(), pi.title(), pi.unit(),
          pi.target(), iv.map(IndicatorView::id), figures, status));
    }
    return rows;
  }

  List<GoalView> goals() {
    List<GoalView> goals = new ArrayList<>();
    for (Goal g : catalogue.goals()) {
      goals.add(new GoalView(g.code().number(), Texts.of(g.shortName(Language.NB), g.shortName(Language.NN),
          g.shortName(Language.EN)),
          g.colour()));
    }
    return goals;
  }

  static CoverageView coverage(List<PlanView> plans, List<SuggestionView> suggestions, Set<Integer> priority,
      Map<Integer, LocalizedText> depth, List<Report.GapView> priorityGaps) {
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

  IndicatorView indicator(IndicatorSpec spec, ReportRegion region, List<MunicipalityView> munis,
      @org.jspecify.annotations.Nullable TargetView planTarget) {
    Set<Integer> goals = new TreeSet<>();
    spec.targets().forEach(t -> goals.add(Integer.parseInt(t.contains(".") ? t.substring(0, t.indexOf('.')) : t)));
    Optional<MunicipalData> data = spec.data().apply(stats);
    Map<MunicipalityCode, TimeSeries> per = new TreeMap<>();
    List<LocalizedText> notes = new ArrayList<>(spec.notes());
    Provenance provenance = Provenance.of(spec.sourceId(), sources().stream()
        .filter(src -> src.id().equals(spec.sourceId())).findFirst()
        .map(src -> src.attribution().text(Language.NB)).orElse(spec.sourceId()));
    if (data.isPresent()) {
      for (MunicipalityView mv : munis) {
        if (data.get().has(mv.code())) {
          per.put(mv.code(), data.get().series(mv.code(), mv.name(), spec.id(), spec.unit().text(Language.NB),
              spec.decimals(), provenance));
        }
      }
      notes.addAll(data.get().notes());
    }
    Optional<TimeSeries> regional = Optional.empty();
    Optional<LocalizedText> regionalNote = Optional.empty();
    if (data.isPresent() && region.municipalities().size() > 1) {
      List<String> missing = munis.stream().filter(mv -> !per.containsKey(mv.code())).map(MunicipalityView::name)
          .toList();
      if (spec.aggregation() == Aggregation.NOT_AGGREGABLE) {
        regionalNote = Optional.of(Texts.text("regional.not-aggregable"));
      } else if (!missing.isEmpty()) {
        regionalNote = Optional.of(Texts.text("regional.missing", String.join(", ", missing)));
      } else {
        TimeSeries agg = aggregate(spec, region, munis, per);
        if (agg.latestWithValue().isEmpty()) {
          regionalNote = Optional.of(Texts.text("regional.no-common-year"));
        } else {
          regional = Optional.of(agg);
        }
      }
    }
    NavigableMap<Integer, Double> main = regional.map(Series::values)
        .orElseGet(() -> region.municipalities().size() == 1 && per.containsKey(region.municipalities().get(0))
            ? Series.values(per.get(region.municipalities().get(0))) : new TreeMap<>());
    Optional<TargetView> target = Optional.ofNullable(planTarget);
    Optional<Baseline> baseline = ProgressRules.baseline(main);
    Optional<StatusView> status = Optional.empty();
    if (!main.isEmpty() && spec.direction() != Trend.CONTEXT) {
      status = progress.assess(spec, main, target);
    }
    Map<MunicipalityCode, StatusView> municipal = new TreeMap<>();
    if (spec.direction() != Trend.CONTEXT) {
      per.forEach((code, series) -> {
        NavigableMap<Integer, Double> v = Series.values(series);
        if (!v.isEmpty()) {
          progress.assess(spec, v, target).ifPresent(st -> municipal.put(code, st));
        }
      });
    }
    return new IndicatorView(spec.id(), spec.name(), spec.unit(), spec.decimals(), spec.targets(), goals,
        spec.aggregationLabel(), spec.direction().label, per, regional, regionalNote, baseline, target, status,
        notes, spec.noData(), spec.sourceId(), municipal,
        regional.isPresent() && spec.aggregation() == Aggregation.SUM);
  }

  /**
   * The regional series by the indicators module's {@link RegionalAggregator}: a year has a value only when every
   * municipality (and, for a weighted mean, its population) has one; otherwise it keeps the members' status.
   */
  TimeSeries aggregate(IndicatorSpec spec, ReportRegion region, List<MunicipalityView> munis,
      Map<MunicipalityCode, TimeSeries> per) {
    List<TimeSeries> members = new ArrayList<>();
    munis.forEach(mv -> members.add(per.get(mv.code())));
    Region.Group group = new Region.Group("region", region.name().text(Language.NB), region.municipalities());
    if (spec.aggregation() == Aggregation.SUM) {
      return RegionalAggregator.aggregate(group, members, AggregationMethod.SUM, List.of());
    }
    MunicipalData pop = stats.population();
    List<TimeSeries> populations = new ArrayList<>();
    for (MunicipalityView mv : munis) {
      populations.add(pop.series(mv.code(), mv.name(), "population", "personer", 0,
          Provenance.ssb("07459", "Personer1", null)));
    }
    return RegionalAggregator.aggregate(group, members, AggregationMethod.POPULATION_WEIGHTED_MEAN, populations);
  }

  static List<SourceView> sources() {
    return List.of(
        new SourceView(ReportIndicators.SSB, Texts.text("source.ssb"), Texts.text("source.ssb.attribution"),
            "CC BY 4.0", "https://www.ssb.no/statbank"),
        new SourceView(ReportIndicators.SSB_LAND_USE, Texts.text("source.ssb-land-use"),
            Texts.text("source.ssb.attribution"), "CC BY 4.0", "https://www.ssb.no/natur-og-miljo/areal/arealprofiler"),
        new SourceView(ReportIndicators.MDIR, Texts.text("source.mdir"), Texts.text("source.mdir.attribution"),
            "Åpne offentlige data (NLOD 2.0 forventet; ikke bekreftet)",
            "https://www.miljodirektoratet.no/tjenester/klimagassutslipp-kommuner/"),
        new SourceView("klass", Texts.text("source.klass"), Texts.text("source.ssb.attribution"),
            "CC BY 4.0", "https://data.ssb.no/api/klass/v1/classifications/131"),
        new SourceView("un", Texts.text("source.un"), Texts.text("source.un.attribution"),
            "UN terms of use; SDG colours and icons per UN guidelines", "https://unstats.un.org/sdgs/indicators/indicators-list/"),
        new SourceView(ReportIndicators.MILJOFYRTARN, Texts.text("source.miljofyrtarn"),
            Texts.text("source.miljofyrtarn.attribution"), "–", "https://miljofyrtarn.no"));
  }
}
