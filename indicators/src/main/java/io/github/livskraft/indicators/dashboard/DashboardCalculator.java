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
  /** Precomputed at construction: each scoring's weight, the goals in order and each goal's scorings. */
  private final String[] ids;
  private final double[] weights;
  private final GoalCode[] goalOrder;
  private final int[][] goalMembers;

  private DashboardCalculator(List<IndicatorScoring> scorings, GoalAggregation goalAggregation,
      GoalAggregation indexAggregation, double maxMissingShare) {
    this.scorings = List.copyOf(scorings);
    this.goalAggregation = goalAggregation;
    this.indexAggregation = indexAggregation;
    this.maxMissingShare = maxMissingShare;
    int n = this.scorings.size();
    this.ids = new String[n];
    this.weights = new double[n];
    Map<GoalCode, List<Integer>> byGoal = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      IndicatorScoring sc = this.scorings.get(i);
      ids[i] = sc.indicatorId();
      weights[i] = sc.weight();
      byGoal.computeIfAbsent(sc.goal(), g -> new ArrayList<>()).add(i);
    }
    this.goalOrder = byGoal.keySet().toArray(new GoalCode[0]);
    this.goalMembers = new int[goalOrder.length][];
    for (int g = 0; g < goalOrder.length; g++) {
      List<Integer> members = byGoal.get(goalOrder[g]);
      goalMembers[g] = new int[members.size()];
      for (int k = 0; k < members.size(); k++) {
        goalMembers[g][k] = members.get(k);
      }
    }
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
    int n = ids.length;
    IndicatorScore[] indicators = new IndicatorScore[n];
    // per scoring: the score and the band position, NaN when absent (no unboxing in the goal loop)
    double[] scores = new double[n];
    double[] positions = new double[n];
    int missing = 0;
    for (int k = 0; k < n; k++) {
      IndicatorScoring s = scorings.get(k);
      Double v = values.get(ids[k]);
      if (v == null || v.isNaN()) {
        missing++;
        scores[k] = Double.NaN;
        positions[k] = Double.NaN;
        indicators[k] = new IndicatorScore(ids[k], s.goal(), Optional.empty(), Optional.empty(), Optional.empty(),
            Rating.GREY);
      } else {
        double x = v;
        double score = s.normalisation().score(x);
        scores[k] = score;
        Optional<Double> pos;
        Rating rating;
        if (s.colours().isPresent()) {
          double p = s.colours().get().position(x);
          positions[k] = p;
          pos = Optional.of(p);
          rating = Rating.ofBandPosition(p);
        } else {
          positions[k] = Double.NaN;
          pos = Optional.empty();
          rating = Rating.GREY;
        }
        indicators[k] = new IndicatorScore(ids[k], s.goal(), Optional.of(v), Optional.of(score), pos, rating);
      }
    }
    GoalScore[] goals = new GoalScore[goalOrder.length];
    double[] goalScores = new double[goalOrder.length];
    int ng = 0;
    for (int g = 0; g < goalOrder.length; g++) {
      int[] members = goalMembers[g];
      int ns = 0;
      for (int k : members) {
        if (indicators[k].score().isPresent()) {
          ns++;
        }
      }
      double[] sc = new double[ns];
      double[] w = new double[ns];
      double[] pos = new double[members.length];
      int is = 0;
      int np = 0;
      for (int k : members) {
        if (indicators[k].score().isPresent()) {
          w[is] = weights[k];
          sc[is++] = scores[k];
        }
        if (!Double.isNaN(positions[k])) {
          pos[np++] = positions[k];
        }
      }
      double agg = ns == 0 ? Double.NaN : goalAggregation.apply(sc, w);
      Optional<Double> gs;
      if (Double.isNaN(agg)) {
        gs = Optional.empty();
      } else {
        gs = Optional.of(agg);
        goalScores[ng++] = agg;
      }
      java.util.Arrays.sort(pos, 0, np);
      Optional<Double> tw = np == 0 ? Optional.empty()
          : Optional.of(np == 1 ? pos[0] : (pos[0] + pos[1]) / 2);
      // SDSN: a goal with data for fewer than half of its indicators is grey on the dashboard.
      Rating colour = 2 * ns < members.length ? Rating.GREY : GoalColourRule.twoWorstSorted(pos, np);
      goals[g] = new GoalScore(goalOrder[g], gs, tw, colour, ns, members.length);
    }
    double missingShare = n == 0 ? 1 : missing / (double) n;
    Optional<Double> index = ng == 0 || missingShare > maxMissingShare ? Optional.empty()
        : Optional.of(indexAggregation.apply(java.util.Arrays.copyOf(goalScores, ng)));
    return new DashboardResult(List.of(indicators), List.of(goals), index, missingShare);
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
        throw new IndicatorException(IndicatorErrorCode.SCORING_CONFIG, IndicatorErrorCode.SCORING_CONFIG.fragment("configured-twice", scoring.indicatorId()), null);
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
        throw new IndicatorException(IndicatorErrorCode.SCORING_CONFIG, IndicatorErrorCode.SCORING_CONFIG.fragment("missing-share", share), null);
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
