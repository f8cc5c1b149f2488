package io.github.livskraft.indicators.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.livskraft.indicators.Direction;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.testing.Gen;
import io.github.livskraft.testing.PropertyTest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SDSN normalisation and dashboards (Lafortune et al. 2018 method paper, as summarised in sdg-methods.md §1), the
 * colour cut-offs of {@code sdsna/sdgindex-data} {@code convertScoreToColor.js}, the two-worst rule checked against
 * the 2019 European Cities SDG Index, and the U4SSC-like banding (sdg-methods.md §3.1).
 */
class DashboardTest {
  private final Normalisation.Linear share = Normalisation.sdsn(0, 100, Direction.HIGHER_IS_BETTER);
  private final Normalisation.Linear emissions = Normalisation.sdsn(10, 0, Direction.LOWER_IS_BETTER);

  @PropertyTest
  void normalised_scores_lie_in_0_100(Gen g) {
    double x = g.doubleBetween(-1e6, 1e6);
    assertThat(share.score(x)).isBetween(0.0, 100.0);
    assertThat(emissions.score(x)).isBetween(0.0, 100.0);
  }

  @PropertyTest
  void normalisation_preserves_order_by_direction(Gen g) {
    double x = g.doubleBetween(-200, 200);
    double y = g.chance(0.1) ? x : g.doubleBetween(-200, 200);
    // ordered, so that every case tests the property
    double a = Math.min(x, y);
    double b = Math.max(x, y);
    {
      assertThat(share.score(a)).isLessThanOrEqualTo(share.score(b));
      assertThat(emissions.score(a)).isGreaterThanOrEqualTo(emissions.score(b));
    }
  }

  @PropertyTest
  void capping_is_idempotent(Gen g) {
    double x = g.doubleBetween(-1e4, 1e4);
    double once = share.score(x);
    assertThat(share.score(once)).as("a score rescaled on [0,100] is unchanged").isEqualTo(once);
  }

  @Test
  void sdsn_rescaling_and_bounds_validation() {
    assertThat(share.score(85)).isEqualTo(85);
    assertThat(share.score(120)).as("capped at 100 beyond the optimum").isEqualTo(100);
    assertThat(emissions.score(2.5)).isCloseTo(75, within(1e-12));
    assertThat(emissions.score(15)).as("floored at 0 below the lower bound").isZero();
    assertThat(share.score(Double.NaN)).isNaN();
    assertThatThrownBy(() -> Normalisation.sdsn(100, 0, Direction.HIGHER_IS_BETTER)).hasMessageContaining("IND-0008");
    Normalisation.Band band = Normalisation.band(20, 40, 60, 80);
    assertThat(band.score(50)).isEqualTo(100);
    assertThat(band.score(30)).isEqualTo(50);
    assertThat(band.score(90)).isZero();
  }

  /** {@code convertScoreToColor.js}: &lt;1 red, &lt;2 orange, &lt;3 yellow, ≥3 green, null grey. */
  @ParameterizedTest
  @CsvSource({"0, RED", "0.99, RED", "1, ORANGE", "1.99, ORANGE", "2, YELLOW", "2.99, YELLOW", "3, GREEN", "4, GREEN",
      "NaN, GREY"})
  void band_position_cut_offs(double p, Rating r) {
    assertThat(Rating.ofBandPosition(p)).isEqualTo(r);
  }

  @Test
  void colour_thresholds_interpolate_band_positions() {
    ColourThresholds lowerBetter = new ColourThresholds(20, 10, 5, 2, 0);
    assertThat(lowerBetter.position(25)).isZero();
    assertThat(lowerBetter.position(15)).isCloseTo(0.5, within(1e-12));
    assertThat(lowerBetter.position(2)).isCloseTo(3, within(1e-12));
    assertThat(lowerBetter.rating(3.5)).isEqualTo(Rating.YELLOW);
    assertThat(lowerBetter.position(-1)).isEqualTo(4);
    assertThatThrownBy(() -> new ColourThresholds(0, 10, 5, 20, 30)).hasMessageContaining("in order from worst to optimum");
  }

  /** Published goal colour vs the two worst indicators (European Cities SDG Index 2019, 626 cells). */
  @ParameterizedTest(name = "{0} + {1} → {2}")
  @CsvSource({"0.2, 0.8, RED", "0.9, 1.5, ORANGE", "0.1, 1.1, ORANGE", "0.5, 2.5, ORANGE", "0.9, 2.0, ORANGE",
      "1.0, 1.9, ORANGE", "1.5, 3.5, YELLOW", "1.0, 3.0, YELLOW", "2.0, 2.9, YELLOW", "2.5, 3.9, YELLOW",
      "2.9, 3.0, YELLOW", "3.0, 3.5, GREEN", "3.9, 4.0, GREEN"})
  void two_worst_rule_matches_the_published_pairs(double a, double b, Rating expected) {
    assertThat(GoalColourRule.twoWorst(a, b, 3.9)).isEqualTo(expected);
  }

  /** Mixed pairs split in the published data: red + green gave orange 13 times and yellow 7 times. */
  @Test
  void mixed_pairs_depend_on_continuous_positions() {
    assertThat(GoalColourRule.twoWorst(0.9, 3.0)).isEqualTo(Rating.ORANGE);
    assertThat(GoalColourRule.twoWorst(0.5, 3.6)).isEqualTo(Rating.YELLOW);
    assertThat(GoalColourRule.twoWorst(1.5, 2.1)).isEqualTo(Rating.ORANGE);
    assertThat(GoalColourRule.twoWorst(1.9, 2.6)).isEqualTo(Rating.YELLOW);
    assertThat(GoalColourRule.twoWorst(2.5)).as("single indicator").isEqualTo(Rating.YELLOW);
    assertThat(GoalColourRule.twoWorst(Double.NaN)).isEqualTo(Rating.GREY);
  }

  @Test
  void goal_scores_index_and_missing_data_rule() {
    DashboardCalculator dash = DashboardCalculator.builder()
        .indicator(new IndicatorScoring("a", GoalCode.of(4), share, Optional.of(new ColourThresholds(0, 25, 50, 75,
            100))))
        .indicator(new IndicatorScoring("b", GoalCode.of(4), share, Optional.empty()))
        .indicator(new IndicatorScoring("c", GoalCode.of(13), emissions, Optional.of(new ColourThresholds(10, 7, 5,
            3, 0))))
        .build();
    DashboardResult r = dash.score(Map.of("a", 80.0, "b", 60.0, "c", 6.0));
    assertThat(r.goals()).extracting(GoalScore::goal).containsExactly(GoalCode.of(4), GoalCode.of(13));
    assertThat(r.goals().get(0).score().orElseThrow()).isCloseTo(70, within(1e-12));
    assertThat(r.goals().get(0).rating()).isEqualTo(Rating.GREEN);
    assertThat(r.goals().get(1).score().orElseThrow()).isCloseTo(40, within(1e-12));
    assertThat(r.index().orElseThrow()).isCloseTo(55, within(1e-12));
    DashboardResult missing = dash.score(Map.of("a", 80.0, "b", 60.0));
    assertThat(missing.missingShare()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(missing.index()).as("more than 20 % missing: no index").isEmpty();
    assertThat(missing.goals().get(1).rating()).isEqualTo(Rating.GREY);
    DashboardCalculator geo = DashboardCalculator.builder().goalAggregation(GoalAggregation.GEOMETRIC_MEAN)
        .indicator(new IndicatorScoring("a", GoalCode.of(4), share, Optional.empty()))
        .indicator(new IndicatorScoring("b", GoalCode.of(4), share, Optional.empty())).build();
    assertThat(geo.score(Map.of("a", 25.0, "b", 100.0)).goals().get(0).score().orElseThrow())
        .isCloseTo(50, within(1e-9));
  }

  /** "fixed broadband reference 60%, so the top band starts above 57%" (0.95 × 60). */
  @Test
  void u4ssc_like_banding() {
    assertThat(U4sscBanding.points(57.1, 60, Direction.HIGHER_IS_BETTER)).hasValue(4);
    assertThat(U4sscBanding.points(56.9, 60, Direction.HIGHER_IS_BETTER)).hasValue(3);
    assertThat(U4sscBanding.points(39.0, 60, Direction.HIGHER_IS_BETTER)).hasValue(2);
    assertThat(U4sscBanding.points(10.0, 60, Direction.HIGHER_IS_BETTER)).hasValue(1);
    assertThat(U4sscBanding.points(2.0, 2.5, Direction.LOWER_IS_BETTER)).hasValue(4);
    assertThat(U4sscBanding.points(Double.NaN, 60, Direction.HIGHER_IS_BETTER)).isEmpty();
    assertThat(U4sscBanding.percentage(List.of(OptionalInt.of(4), OptionalInt.of(2), OptionalInt.empty())))
        .contains(75.0);
  }

  /** {@link ColourThresholds#position} as it was written before (an array of the five points). */
  private static double referencePosition(ColourThresholds t, double value) {
    if (Double.isNaN(value)) {
      return Double.NaN;
    }
    double s = t.optimum() > t.worst() ? 1 : -1;
    double x = s * value;
    if (x < s * t.worst()) {
      return 0;
    }
    double[] v = {Math.min(s * t.worst(), s * t.orange()), s * t.orange(), s * t.yellow(), s * t.green(),
        Math.max(s * t.green(), s * t.optimum())};
    if (x <= v[0]) {
      return 0;
    }
    for (int i = 1; i < v.length; i++) {
      if (x <= v[i]) {
        return (i - 1) + (x - v[i - 1]) / (v[i] - v[i - 1]);
      }
    }
    return 4;
  }

  /** The dashboard as {@code DashboardCalculator.score} computed it before its indexes were precomputed. */
  private static DashboardResult referenceScore(List<IndicatorScoring> scorings, GoalAggregation goalAggregation,
      GoalAggregation indexAggregation, double maxMissingShare, Map<String, Double> values) {
    List<IndicatorScore> indicators = new java.util.ArrayList<>();
    Map<GoalCode, List<IndicatorScore>> byGoal = new java.util.TreeMap<>();
    Map<String, Double> weights = new java.util.HashMap<>();
    scorings.forEach(sc -> weights.put(sc.indicatorId(), sc.weight()));
    int missing = 0;
    for (IndicatorScoring s : scorings) {
      Double v = values.get(s.indicatorId());
      IndicatorScore is;
      if (v == null || v.isNaN()) {
        missing++;
        is = new IndicatorScore(s.indicatorId(), s.goal(), Optional.empty(), Optional.empty(), Optional.empty(),
            Rating.GREY);
      } else {
        Optional<Double> pos = s.colours().map(c -> referencePosition(c, v));
        is = new IndicatorScore(s.indicatorId(), s.goal(), Optional.of(v), Optional.of(s.normalisation().score(v)),
            pos, pos.map(Rating::ofBandPosition).orElse(Rating.GREY));
      }
      indicators.add(is);
      byGoal.computeIfAbsent(s.goal(), x -> new java.util.ArrayList<>()).add(is);
    }
    List<GoalScore> goals = new java.util.ArrayList<>();
    List<Double> goalScores = new java.util.ArrayList<>();
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
      Optional<Double> tw = np == 0 ? Optional.empty() : Optional.of(np == 1 ? pos[0] : (pos[0] + pos[1]) / 2);
      Rating colour = 2 * ns < list.size() ? Rating.GREY : GoalColourRule.twoWorstSorted(pos, np);
      goals.add(new GoalScore(e.getKey(), gs, tw, colour, ns, list.size()));
    }
    double missingShare = scorings.isEmpty() ? 1 : missing / (double) scorings.size();
    Optional<Double> index = goalScores.isEmpty() || missingShare > maxMissingShare ? Optional.empty()
        : Optional.of(indexAggregation.apply(goalScores.stream().mapToDouble(Double::doubleValue).toArray()));
    return new DashboardResult(indicators, goals, index, missingShare);
  }

  /** Random thresholds in order from worst to optimum, some beyond the bounds (as SDSN codebooks have them). */
  private static ColourThresholds randomThresholds(Gen g, double worst, double optimum) {
    double[] t = {g.doubleBetween(-20, 120), g.doubleBetween(-20, 120), g.doubleBetween(-20, 120)};
    java.util.Arrays.sort(t);
    if (optimum < worst) {
      double x = t[0];
      t[0] = t[2];
      t[2] = x;
    }
    return ColourThresholds.codebook(worst, t[0], t[1], t[2], optimum);
  }

  /**
   * The dashboard with precomputed goal indexes and array-free band positions gives exactly what the earlier
   * map-based calculation gave, on seeded random configurations and values.
   */
  @PropertyTest(cases = 1500)
  void scoringEqualsTheEarlierMapBasedCalculation(Gen g) {
    DashboardCalculator.Builder b = DashboardCalculator.builder();
    GoalAggregation goalAgg = g.pick(GoalAggregation.class);
    GoalAggregation indexAgg = g.pick(GoalAggregation.class);
    double maxMissing = g.doubleBetween(0, 1);
    b.goalAggregation(goalAgg).indexAggregation(indexAgg).maxMissingShare(maxMissing);
    List<IndicatorScoring> scorings = new java.util.ArrayList<>();
    Map<String, Double> values = new java.util.HashMap<>();
    int n = g.intBetween(0, 30);
    for (int i = 0; i < n; i++) {
      boolean lower = g.bool();
      double worst = lower ? g.doubleBetween(60, 100) : g.doubleBetween(0, 40);
      double optimum = lower ? g.doubleBetween(0, 40) : g.doubleBetween(60, 100);
      Normalisation norm = g.chance(0.8)
          ? Normalisation.sdsn(worst, optimum, lower ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER)
          : Normalisation.band(0, 30, 60, 100);
      Optional<ColourThresholds> colours = g.chance(0.8) ? Optional.of(randomThresholds(g, worst, optimum))
          : Optional.empty();
      IndicatorScoring sc = new IndicatorScoring("i" + i, GoalCode.of(g.intBetween(1, 17)), norm, colours,
          g.pick(1.0, 0.5, 1.0 / 3, 0.0));
      scorings.add(sc);
      b.indicator(sc);
      if (g.chance(0.8)) {
        values.put("i" + i, g.chance(0.05) ? Double.NaN : g.doubleBetween(-30, 130));
      }
      colours.ifPresent(c -> {
        double x = g.doubleBetween(-30, 130);
        assertThat(c.position(x)).isEqualTo(referencePosition(c, x));
      });
    }
    assertThat(b.build().score(values)).isEqualTo(referenceScore(scorings, goalAgg, indexAgg, maxMissing, values));
  }
}
