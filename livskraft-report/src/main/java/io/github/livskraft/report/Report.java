package io.github.livskraft.report;

import io.github.livskraft.sdg.LocalizedText;
import io.github.livskraft.tagger.Evidence;
import io.github.livskraft.municipalities.MunicipalityCode;
import java.util.List;
import java.util.Map;
import io.github.livskraft.indicators.series.TimeSeries;
import java.util.Optional;
import java.util.Set;
import io.github.livskraft.plan.EventKind;
import io.github.livskraft.plan.Recurrence;
import io.github.livskraft.plan.FollowUpStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;

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
 * @param followUp «Oppfølging»: status by innsatsområde and SDG for the chosen year (default: the latest year the
 *     plans report on), when any plan element has follow-up
 * @param cycle «Årshjul»: the plans' recurring events and milestones expanded for that year (without follow-up:
 *     the latest year of the milestones), when the plans have any
 */
public record Report(LocalizedText title, RegionView region, Set<Integer> priorityGoals, List<GoalView> goals,
    List<PlanView> plans, List<FindingView> findings, CoverageView coverage, List<SuggestionView> suggestions,
    List<PlanIndicatorRow> planIndicators, List<IndicatorView> indicators, List<SourceView> sources, List<LocalizedText> notes, String generator,
    Optional<FollowUpView> followUp, Optional<CycleView> cycle) {
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

  /**
   * A suggested SDG link from the text tagger (a suggestion, never a confirmed link).
   *
   * @param planId the plan
   * @param elementId the plan element whose title and description were tagged
   * @param elementTitle its title
   * @param target the best-scoring target of the goal, else the goal's number
   * @param goal the goal number
   * @param score the tagger's score
   * @param evidence the matched words, «quoted»
   * @param alreadyLinked whether the plan already links the element to the goal
   * @param evidenceLevel the tagger's evidence level; its id ({@code explicit}, {@code several-sole} …
   *     {@code single-below}, {@code model}) is what JSON and CSV write, and {@link #confidence()} and
   *     {@link #evidenceText()} are derived from it
   */
  public record SuggestionView(String planId, String elementId, String elementTitle, String target, int goal,
      double score, List<String> evidence, boolean alreadyLinked, Evidence evidenceLevel) {
    /** Copies the list. */
    public SuggestionView {
      evidence = List.copyOf(evidence);
      java.util.Objects.requireNonNull(evidenceLevel, "evidenceLevel");
    }

    /**
     * The level's measured share of right suggestions on unseen Norwegian text.
     *
     * @return {@code evidenceLevel().confidence()} (0–1)
     */
    public double confidence() {
      return evidenceLevel.confidence();
    }

    /**
     * The confidence and the level's description, for a reader.
     *
     * @return e.g. "Sikkerhet 0,89: flere belegg, eneste mål (…)" in bokmål, nynorsk and English
     */
    public LocalizedText evidenceText() {
      return Plans.evidenceText(evidenceLevel);
    }

    /**
     * The confidence and description of a level as the report writes them beside a suggestion, for other
     * renderings of a suggestion (the server's web page uses it, so the wording has one source).
     *
     * @param level the tagger's evidence level
     * @return e.g. "Sikkerhet 0,89: flere belegg, eneste mål (…)" in bokmål, nynorsk and English, the same text as
     *     {@link #evidenceText()} of a suggestion with that level
     */
    public static LocalizedText evidenceTextOf(Evidence level) {
      return Plans.evidenceText(java.util.Objects.requireNonNull(level, "level"));
    }

    /**
     * The report's name of the confidence, as its suggestion table heads the marker column.
     *
     * @return "Sikkerhet", "Tryggleik", "Confidence"
     */
    public static LocalizedText confidenceLabel() {
      return Labels.get("confidence");
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

  /**
   * The follow-up («Oppfølging») of the plans in one year (plan-model's {@code FollowUpAnalyzer}).
   *
   * @param year the reporting year
   * @param byFocusArea status counts per innsatsområde
   * @param byGoal status counts per SDG goal
   * @param rows one row per tiltak or mål, in plan and element order
   */
  public record FollowUpView(int year, List<StatusSummaryView> byFocusArea, List<StatusSummaryView> byGoal,
      List<FollowUpRowView> rows) {
    /** Copies the lists. */
    public FollowUpView {
      byFocusArea = List.copyOf(byFocusArea);
      byGoal = List.copyOf(byGoal);
      rows = List.copyOf(rows);
    }
  }

  /**
   * Status counts of a group of elements (an innsatsområde or a goal), with summed budget and spend.
   *
   * @param key the focus area's {@code plan#element}, or the goal number
   * @param label the focus area title (from the plan), or {@code "SDG 11"}
   * @param counts elements per status (every status, zero included, in the enum's order)
   * @param budget the sum of the budgets given
   * @param spent the sum of the amounts spent given
   */
  public record StatusSummaryView(String key, String label, Map<FollowUpStatus, Integer> counts, BigDecimal budget,
      BigDecimal spent) {
    /** Copies the map, filling in zero counts. */
    public StatusSummaryView {
      java.util.EnumMap<FollowUpStatus, Integer> all = new java.util.EnumMap<>(FollowUpStatus.class);
      for (FollowUpStatus st : FollowUpStatus.values()) {
        all.put(st, counts.getOrDefault(st, 0));
      }
      counts = java.util.Collections.unmodifiableMap(all);
    }

    /** The number of elements in the group. */
    public int total() {
      return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /**
   * The follow-up of one tiltak or mål in the year.
   *
   * @param status the status; {@link FollowUpStatus#NOT_ASSESSED} when the plans give none for the year
   * @param budget the budget of the entry the status comes from
   * @param spent the amount spent of that entry
   * @param comment the comment of that entry
   * @param focusAreas the innsatsområder the element belongs to or serves
   * @param goals the SDG goals it (or anything it belongs to or serves) links to, ascending
   */
  public record FollowUpRowView(String planId, String elementId, String title, FollowUpStatus status,
      Optional<BigDecimal> budget, Optional<BigDecimal> spent, Optional<String> comment, List<String> focusAreas,
      Set<Integer> goals) {
    /** Copies the collections. */
    public FollowUpRowView {
      focusAreas = List.copyOf(focusAreas);
      goals = sorted(goals);
    }
  }

  /**
   * The årshjul of one year (plan-model's {@code AnnualCycle}, Norwegian working days).
   *
   * @param year the year
   * @param events the occurrences, earliest first
   * @param unscheduled events whose source gives a frequency but no dates (listed, never given invented dates)
   */
  public record CycleView(int year, List<CycleEventView> events, List<UnscheduledView> unscheduled) {
    /** Copies the lists. */
    public CycleView {
      events = List.copyOf(events);
      unscheduled = List.copyOf(unscheduled);
    }
  }

  /**
   * One occurrence in the årshjul.
   *
   * @param planId the plan (empty for an event imported from another calendar)
   * @param month the month it falls in
   * @param date the day, unless only the month is known
   * @param time the start time (Europe/Oslo), for a timed event
   * @param body the political or administrative body
   */
  public record CycleEventView(Optional<String> planId, String eventId, String title, EventKind kind,
      YearMonth month, Optional<LocalDate> date, Optional<LocalTime> time, Optional<String> body) {}

  /**
   * A recurring event without dates in its source (e.g. "5-6 times a year").
   *
   * @param rule the rule; {@code rule.toString()} is the rule as the plan file writes it, {@code
   *     rule.describe(language)} the reader's text
   */
  public record UnscheduledView(String planId, String eventId, String title, EventKind kind, Recurrence rule) {}
}
