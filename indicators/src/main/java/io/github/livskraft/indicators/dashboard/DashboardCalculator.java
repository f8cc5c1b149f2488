package io.github.livskraft.indicators.dashboard;

import io.github.livskraft.indicators.IndicatorErrorCode;
import io.github.livskraft.indicators.IndicatorException;
import io.github.livskraft.sdg.GoalCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * SDSN-style dashboards: each indicator is normalised to 0–100 and coloured from its thresholds; a goal's score is
 * the aggregate (default: arithmetic mean) of its indicators' scores, weighted by {@link IndicatorScoring#weight()}
 * (SDSN: 1, 0.5, 1/3, 0); its colour follows the two-worst rule, and is grey when fewer than half of the goal's
 * indicators have data (SDSN); the index aggregates the goal scores with equal goal weights. No index is given when more than
 * {@code maxMissingShare} (SDSN: 20 %) of the indicators have no value; the dashboard is still shown.
 *
 * <pre>{@code
 * DashboardCalculator dash = DashboardCalculator.builder()
 *     .indicator(new IndicatorScoring("kindergarten.coverage-1-5", GoalCode.of(4),
 *         Normalisation.sdsn(70, 100, Direction.HIGHER_IS_BETTER), Optional.empty()))
 *     .build();
 * DashboardResult r = dash.score(Map.of("kindergarten.coverage-1-5", 92.0));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DashboardCalculator {
  private final List<IndicatorScoring> scorings;
  private final GoalAggregation goalAggregation;
  private final GoalAggregation indexAggregation;
  private final double maxMissingShare;
  private final Map<String, Double> weights;

  private DashboardCalculator(List<IndicatorScoring> scorings, GoalAggregation goalAggregation,
      GoalAggregation indexAggregation, double maxMissingShare) {
    this.scorings = List.copyOf(scorings);
    this.goalAggregation = goalAggregation;
    this.indexAggregation = indexAggregation;
    this.maxMissingShare = maxMissingShare;
    Map<String, Double> w = new java.util.HashMap<>();
    for (IndicatorScoring sc : scorings) {
      w.put(sc.indicatorId(), sc.weight());
    }
    this.weights = Map.copyOf(w);
  }

  /** A builder (SDSN defaults: arithmetic means, at most 20 % missing for an index). */
  public static Builder builder() {
    return new Builder();
  }

  /** The configured indicators. */
  public List<IndicatorScoring> scorings() {
    return scorings;
  }

  /**
   * Scores one region and period.
   *
   * @param values indicator id → value (missing ids or NaN are grey)
   * @return the dashboard
   */
  public DashboardResult score(Map<String, Double> values) {
    Objects.requireNonNull(values, "values");
    List<IndicatorScore> indicators = new ArrayList<>(scorings.size());
    Map<GoalCode, List<IndicatorScore>> byGoal = new TreeMap<>();
    int missing = 0;
    for (IndicatorScoring s : scorings) {
      Double v = values.get(s.indicatorId());
      IndicatorScore is;
      if (v == null || v.isNaN()) {
        missing++;
        is = new IndicatorScore(s.indicatorId(), s.goal(), Optional.empty(), Optional.empty(), Optional.empty(),
            Rating.GREY);
      } else {
        double score = s.normalisation().score(v);
        Optional<Double> pos = s.colours().map(c -> c.position(v));
        is = new IndicatorScore(s.indicatorId(), s.goal(), Optional.of(v), Optional.of(score), pos,
            pos.map(Rating::ofBandPosition).orElse(Rating.GREY));
      }
      indicators.add(is);
      byGoal.computeIfAbsent(s.goal(), g -> new ArrayList<>()).add(is);
    }
    List<GoalScore> goals = new ArrayList<>(byGoal.size());
    List<Double> goalScores = new ArrayList<>();
    for (Map.Entry<GoalCode, List<IndicatorScore>> e : byGoal.entrySet()) {
      List<IndicatorScore> list = e.getValue();
      double[] sc = new double[list.size()];
      double[] w = new double[list.size()];
      double[] pos = new double[list.size()];
      int ns = 0;
      int np = 0;
      for (IndicatorScore i : list) {
        if (i.score().isPresent()) {
          w[ns] = weights.get(i.indicatorId());
          sc[ns++] = i.score().get();
        }
        if (i.bandPosition().isPresent() && !i.bandPosition().get().isNaN()) {
          pos[np++] = i.bandPosition().get();
        }
      }
      double agg = ns == 0 ? Double.NaN
          : goalAggregation.apply(java.util.Arrays.copyOf(sc, ns), java.util.Arrays.copyOf(w, ns));
      Optional<Double> gs = Double.isNaN(agg) ? Optional.empty() : Optional.of(agg);
      gs.ifPresent(goalScores::add);
      java.util.Arrays.sort(pos, 0, np);
      Optional<Double> tw = np == 0 ? Optional.empty()
          : Optional.of(np == 1 ? pos[0] : (pos[0] + pos[1]) / 2);
      // SDSN: a goal with data for fewer than half of its indicators is grey on the dashboard.
      Rating colour = 2 * ns < list.size() ? Rating.GREY : GoalColourRule.twoWorstSorted(pos, np);
      goals.add(new GoalScore(e.getKey(), gs, tw, colour, ns, list.size()));
    }
    double missingShare = scorings.isEmpty() ? 1 : missing / (double) scorings.size();
    Optional<Double> index = goalScores.isEmpty() || missingShare > maxMissingShare ? Optional.empty()
        : Optional.of(indexAggregation.apply(goalScores.stream().mapToDouble(Double::doubleValue).toArray()));
    return new DashboardResult(indicators, goals, index, missingShare);
  }

  /** Builder for {@link DashboardCalculator}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, IndicatorScoring> scorings = new LinkedHashMap<>();
    private GoalAggregation goalAggregation = GoalAggregation.ARITHMETIC_MEAN;
    private GoalAggregation indexAggregation = GoalAggregation.ARITHMETIC_MEAN;
    private double maxMissingShare = 0.2;

    private Builder() {}

    /**
     * Adds an indicator.
     *
     * @param scoring its scoring
     * @return this
     * @throws IndicatorException {@code IND-0008} if the indicator is already configured
     */
    public Builder indicator(IndicatorScoring scoring) {
      if (scorings.putIfAbsent(scoring.indicatorId(), scoring) != null) {
        throw new IndicatorException(IndicatorErrorCode.SCORING_CONFIG, IndicatorErrorCode.SCORING_CONFIG.detail("configured-twice", scoring.indicatorId()), null);
      }
      return this;
    }

    /**
     * Sets how indicator scores combine into goal scores.
     *
     * @param aggregation the aggregation
     * @return this
     */
    public Builder goalAggregation(GoalAggregation aggregation) {
      this.goalAggregation = Objects.requireNonNull(aggregation);
      return this;
    }

    /**
     * Sets how goal scores combine into the index.
     *
     * @param aggregation the aggregation
     * @return this
     */
    public Builder indexAggregation(GoalAggregation aggregation) {
      this.indexAggregation = Objects.requireNonNull(aggregation);
      return this;
    }

    /**
     * Sets the largest share of missing indicators that still gives an index (SDSN: 0.2).
     *
     * @param share in [0, 1]
     * @return this
     */
    public Builder maxMissingShare(double share) {
      if (!(share >= 0 && share <= 1)) {
        throw new IndicatorException(IndicatorErrorCode.SCORING_CONFIG, IndicatorErrorCode.SCORING_CONFIG.detail("missing-share", share), null);
      }
      this.maxMissingShare = share;
      return this;
    }

    /**
     * Builds the calculator.
     *
     * @return the calculator
     */
    public DashboardCalculator build() {
      return new DashboardCalculator(new ArrayList<>(scorings.values()), goalAggregation, indexAggregation,
          maxMissingShare);
    }
  }
}
