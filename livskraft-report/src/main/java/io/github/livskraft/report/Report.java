package io.github.livskraft.report;

import io.github.livskraft.sdg.LocalizedText;
import io.github.livskraft.municipalities.MunicipalityCode;
import java.util.List;
import java.util.Map;
import io.github.livskraft.indicators.series.TimeSeries;
import java.util.Optional;
import java.util.Set;

/**
 * The SDG report of a region's plans: everything the report shows, computed once, immutable and
 * language-neutral (every text is a {@link LocalizedText} in bokmål, nynorsk and English; names and codes are the
 * same in all three). Built by {@link ReportBuilder}; rendered by {@link HtmlReportWriter},
 * {@link JsonReportWriter} and {@link CsvReportWriter} (or all at once by {@link ReportFiles}), which only format
 * it. Indicator figures are indicator-library {@link TimeSeries}: a year without a figure keeps SSB's status
 * symbol ({@code ..}, {@code :}, …) instead of becoming a silent gap.
 *
 * <pre>{@code
 * Report report = ReportBuilder.builder().generator("my-app 1.0").build()
 *     .build(ExamplePlans.bundled(), ReportRegion.kongsbergregionen());
 * ReportFiles.write(report, Path.of("out"), Language.NN);
 * }</pre>
 *
 * @param title the report title
 * @param region the region
 * @param priorityGoals the goals the region has chosen (e.g. Kongsbergregionen: 2, 3, 4, 9, 11, 13)
 * @param goals the 17 goals with titles and colours
 * @param plans the plans, in chain order (overarching first)
 * @param findings coherence findings over the plan chain
 * @param coverage explicit and suggested links per goal
 * @param suggestions suggested SDG links from the text tagger (not confirmed)
 * @param planIndicators the indicators named in the plans, and whether the report has figures for them
 * @param indicators the indicator sections
 * @param sources sources and licences
 * @param notes general notes (e.g. which parts of the toolkit were unavailable)
 * @param generator name and version of the generating program
 */
public record Report(LocalizedText title, RegionView region, Set<Integer> priorityGoals, List<GoalView> goals,
    List<PlanView> plans, List<FindingView> findings, CoverageView coverage, List<SuggestionView> suggestions,
    List<PlanIndicatorRow> planIndicators, List<IndicatorView> indicators, List<SourceView> sources, List<LocalizedText> notes, String generator) {
  /** Copies the collections. */
  public Report {
    priorityGoals = sorted(priorityGoals);
    goals = List.copyOf(goals);
    plans = List.copyOf(plans);
    findings = List.copyOf(findings);
    suggestions = List.copyOf(suggestions);
    planIndicators = List.copyOf(planIndicators);
    indicators = List.copyOf(indicators);
    sources = List.copyOf(sources);
    notes = List.copyOf(notes);
  }

  private static Set<Integer> sorted(Set<Integer> s) {
    return java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(s));
  }

  private static <V> Map<Integer, V> byGoal(Map<Integer, V> m, java.util.function.UnaryOperator<V> copyValue) {
    java.util.TreeMap<Integer, V> copy = new java.util.TreeMap<>();
    m.forEach((k, v) -> copy.put(k, copyValue.apply(v)));
    return java.util.Collections.unmodifiableMap(copy);
  }

  /** A municipality of the region, on today's code. */
  public record MunicipalityView(MunicipalityCode code, String name) {}

  /** The region: a name and its municipalities. */
  public record RegionView(String id, LocalizedText name, List<MunicipalityView> municipalities) {
    /** Copies the list. */
    public RegionView {
      municipalities = List.copyOf(municipalities);
    }
  }

  /** One of the 17 goals. */
  public record GoalView(int number, LocalizedText title, String colour) {}

  /**
   * A plan in the chain.
   *
   * @param parent the id of the plan it follows up, if any
   */
  public record PlanView(String id, LocalizedText kind, String title, String owner, Optional<String> period,
      Optional<String> parent, List<ElementView> elements, String source) {
    /** Copies the list. */
    public PlanView {
      elements = List.copyOf(elements);
    }
  }

  /** An element of a plan (goal, strategy, measure, indicator reference …) with its explicit SDG links. */
  public record ElementView(String planId, String id, LocalizedText kind, String title, int depth, Set<Integer> goals,
      List<String> targets, List<String> indicators) {
    /** Copies the collections (goals in ascending order). */
    public ElementView {
      goals = sorted(goals);
      targets = List.copyOf(targets);
      indicators = List.copyOf(indicators);
    }
  }

  /** A coherence finding. */
  public record FindingView(Severity severity, String code, LocalizedText message, Optional<String> where) {}

  /** Finding severity. */
  public enum Severity {
    ERROR, WARNING, INFO
  }

  /**
   * Coverage of the 17 goals by the plans' explicit links, and by suggestions.
   *
   * @param explicit goal → element ids with an explicit link
   * @param suggested goal → element ids with a tagger suggestion only
   * @param gaps priority goals without an explicit link
   * @param depth goal → how far the plans follow it up (linked, has indicator, has target value, has data)
   * @param priorityGaps priority goals not followed up to data, with what is missing
   */
  public record CoverageView(Map<Integer, List<String>> explicit, Map<Integer, List<String>> suggested, List<Integer> gaps,
      Map<Integer, LocalizedText> depth, List<GapView> priorityGaps) {
    /** Copies the collections (maps by goal number, ascending). */
    public CoverageView {
      explicit = byGoal(explicit, List::copyOf);
      suggested = byGoal(suggested, List::copyOf);
      gaps = List.copyOf(gaps);
      depth = byGoal(depth, t -> t);
      priorityGaps = List.copyOf(priorityGaps);
    }
  }

  /** A priority goal that is not followed up all the way to data. */
  public record GapView(int goal, LocalizedText depth, LocalizedText explanation) {}

  /** A suggested SDG link from the text tagger (a suggestion, never a confirmed link). */
  public record SuggestionView(String planId, String elementId, String elementTitle, String target, int goal,
      double score, List<String> evidence, boolean alreadyLinked) {
    /** Copies the list. */
    public SuggestionView {
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * An indicator section.
   *
   * @param perMunicipality municipality → its series (empty if no bundled data)
   * @param regional the regional series (empty if not computable; see {@code regionalNote}); years where a member
   *     has no figure carry the member's SSB status
   * @param noData when set, no figures are bundled and this says where to get them
   * @param municipalStatus progress status of each municipality's own series (same method and target)
   * @param regionIsTotal whether the regional series is a sum (drawn on its own panel, not over the municipal lines)
   */
  public record IndicatorView(String id, LocalizedText name, LocalizedText unit, int decimals, List<String> targets, Set<Integer> goals,
      LocalizedText aggregation, LocalizedText direction, Map<MunicipalityCode, TimeSeries> perMunicipality,
      Optional<TimeSeries> regional, Optional<LocalizedText> regionalNote, Optional<Baseline> baseline,
      Optional<TargetView> target, Optional<StatusView> status, List<LocalizedText> notes,
      Optional<LocalizedText> noData, String sourceId, Map<MunicipalityCode, StatusView> municipalStatus,
      boolean regionIsTotal) {
    /** Copies the collections. */
    public IndicatorView {
      targets = List.copyOf(targets);
      goals = sorted(goals);
      perMunicipality = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(perMunicipality));
      notes = List.copyOf(notes);
      municipalStatus = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(municipalStatus));
    }

    /** Whether any municipality or the region has at least one figure. */
    public boolean hasData() {
      return perMunicipality.values().stream().anyMatch(s -> s.latestWithValue().isPresent())
          || regional.flatMap(TimeSeries::latestWithValue).isPresent();
    }
  }

  /**
   * An indicator named in a plan.
   *
   * @param reportIndicator the id of the report section measuring it, if any
   * @param status whether figures are shown, or where to get them
   */
  public record PlanIndicatorRow(String planId, String planTitle, String elementId, String title, Optional<String> unit,
      Optional<String> target, Optional<String> reportIndicator, boolean hasFigures, LocalizedText status) {}

  /**
   * The baseline of a progress assessment: the median of the base period (up to three years from the base year),
   * so that one unusual year does not decide the status.
   *
   * @param fromYear first year of the base period
   * @param toYear last year of the base period (equal to {@code fromYear} for one year)
   * @param value the median over the base period
   */
  public record Baseline(int fromYear, int toYear, double value) {
    /** The year the assessment counts from: the middle of the base period. */
    public int referenceYear() {
      return (fromYear + toYear) / 2;
    }
  }

  /** A target value, with where it comes from. */
  public record TargetView(double value, int year, LocalizedText origin) {}

  /**
   * Progress status of the regional series (or the only municipality's).
   *
   * @param code stable code, e.g. {@code substantial_progress}
   * @param label the label
   * @param colour CSS colour of the dashboard band
   * @param detail how it was computed (method, years)
   */
  public record StatusView(String code, LocalizedText label, String colour, LocalizedText detail) {}

  /** A source and its licence/attribution line. */
  public record SourceView(String id, LocalizedText name, LocalizedText attribution, String licence, String url) {}
}
