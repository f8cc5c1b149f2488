package io.github.livskraft.report;

import io.github.livskraft.municipalities.MunicipalityCode;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the report shows, computed and language-neutral where possible (texts carry both languages). The
 * renderers ({@link HtmlReport}, {@link JsonReport}, {@link CsvReport}) only format it.
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
record ReportModel(Text title, RegionView region, Set<Integer> priorityGoals, List<GoalView> goals,
    List<PlanView> plans, List<FindingView> findings, CoverageView coverage, List<SuggestionView> suggestions,
    List<PlanIndicatorRow> planIndicators, List<IndicatorView> indicators, List<SourceView> sources, List<Text> notes, String generator) {

  /** A municipality of the region, on today's code. */
  record MunicipalityView(MunicipalityCode code, String name) {}

  /** The region: a name and its municipalities. */
  record RegionView(String id, Text name, List<MunicipalityView> municipalities) {}

  /** One of the 17 goals. */
  record GoalView(int number, Text title, String colour) {}

  /**
   * A plan in the chain.
   *
   * @param parent the id of the plan it follows up, if any
   */
  record PlanView(String id, Text kind, String title, String owner, Optional<String> period,
      Optional<String> parent, List<ElementView> elements, String source) {}

  /** An element of a plan (goal, strategy, measure, indicator reference …) with its explicit SDG links. */
  record ElementView(String planId, String id, Text kind, String title, int depth, Set<Integer> goals,
      List<String> targets, List<String> indicators) {}

  /** A coherence finding. */
  record FindingView(Severity severity, String code, Text message, Optional<String> where) {}

  /** Finding severity. */
  enum Severity {
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
  record CoverageView(Map<Integer, List<String>> explicit, Map<Integer, List<String>> suggested, List<Integer> gaps,
      Map<Integer, Text> depth, List<GapView> priorityGaps) {}

  /** A priority goal that is not followed up all the way to data. */
  record GapView(int goal, Text depth, Text explanation) {}

  /** A suggested SDG link from the text tagger (a suggestion, never a confirmed link). */
  record SuggestionView(String planId, String elementId, String elementTitle, String target, int goal,
      double score, List<String> evidence, boolean alreadyLinked) {}

  /**
   * An indicator section.
   *
   * @param perMunicipality municipality → year → value (empty if no bundled data)
   * @param regional year → regional value (empty if not computable; see {@code regionalNote})
   * @param noData when set, no figures are bundled and this says where to get them
   * @param municipalStatus progress status of each municipality's own series (same method and target)
   */
  record IndicatorView(String id, Text name, Text unit, int decimals, List<String> targets, Set<Integer> goals,
      Text aggregation, Text direction, Map<MunicipalityCode, NavigableMap<Integer, Double>> perMunicipality,
      NavigableMap<Integer, Double> regional, Optional<Text> regionalNote, Optional<Point> baseline,
      Optional<TargetView> target, Optional<StatusView> status, List<Text> notes, Optional<Text> noData,
      String sourceId, Map<MunicipalityCode, StatusView> municipalStatus) {
    boolean hasData() {
      return perMunicipality.values().stream().anyMatch(m -> !m.isEmpty()) || !regional.isEmpty();
    }
  }

  /**
   * An indicator named in a plan.
   *
   * @param reportIndicator the id of the report section measuring it, if any
   * @param status whether figures are shown, or where to get them
   */
  record PlanIndicatorRow(String planId, String planTitle, String elementId, String title, Optional<String> unit,
      Optional<String> target, Optional<String> reportIndicator, boolean hasFigures, Text status) {}

  /** A (year, value) point. */
  record Point(int year, double value) {}

  /** A target value, with where it comes from. */
  record TargetView(double value, int year, Text origin) {}

  /**
   * Progress status of the regional series (or the only municipality's).
   *
   * @param code stable code, e.g. {@code substantial_progress}
   * @param label the label
   * @param colour CSS colour of the dashboard band
   * @param detail how it was computed (method, years)
   */
  record StatusView(String code, Text label, String colour, Text detail) {}

  /** A source and its licence/attribution line. */
  record SourceView(String id, Text name, Text attribution, String licence, String url) {}
}
