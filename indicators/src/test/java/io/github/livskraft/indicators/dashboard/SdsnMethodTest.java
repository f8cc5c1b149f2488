package io.github.livskraft.indicators.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.livskraft.indicators.Direction;
import io.github.livskraft.indicators.progress.TrendArrow;
import io.github.livskraft.indicators.progress.TrendCalculator;
import io.github.livskraft.sdg.GoalCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SDSN SDG Index and Dashboards (Lafortune et al. 2018, Detailed Methodological paper; Sustainable Development
 * Report methods summary, editions 2019–2025): per-indicator weights, codebook thresholds outside the bounds,
 * thresholds from green and red alone, the goal-level grey rule, goal-level arrows and bounds from a distribution.
 * Expected numbers are written out by hand from the published rules.
 */
class SdsnMethodTest {
  private static final Normalisation.Linear SHARE = Normalisation.sdsn(0, 100, Direction.HIGHER_IS_BETTER);

  @Test
  void weights_one_half_third_and_zero() {
    DashboardCalculator dash = DashboardCalculator.builder()
        .indicator(new IndicatorScoring("a", GoalCode.of(3), SHARE, Optional.empty()))
        .indicator(new IndicatorScoring("b", GoalCode.of(3), SHARE, Optional.empty()).withWeight(0.5))
        .indicator(new IndicatorScoring("c", GoalCode.of(3), SHARE, Optional.empty(), 1.0 / 3))
        .indicator(new IndicatorScoring("d", GoalCode.of(3), SHARE, Optional.empty(), 0))
        .build();
    DashboardResult r = dash.score(Map.of("a", 90.0, "b", 60.0, "c", 30.0, "d", 0.0));
    // (1·90 + 0.5·60 + (1/3)·30) / (1 + 0.5 + 1/3) = 130 / (11/6) = 70.909090…
    assertThat(r.goals().get(0).score().orElseThrow()).isCloseTo(780.0 / 11, within(1e-9));
    assertThat(r.indicators().get(3).score()).as("weight 0 is still shown").contains(0.0);
    assertThatThrownBy(() -> new IndicatorScoring("x", GoalCode.of(3), SHARE, Optional.empty(), -1))
        .hasMessageContaining("IND-0008").hasMessageContaining("'x'").isInstanceOfSatisfying(
            io.github.livskraft.indicators.IndicatorException.class,
            e -> assertThat(e.getMessage(io.github.livskraft.sdg.Language.NN)).contains("vekta til 'x'"));
    assertThat(GoalAggregation.GEOMETRIC_MEAN.apply(new double[] {25, 100}, new double[] {1, 1}))
        .isCloseTo(50, within(1e-9));
    assertThat(GoalAggregation.MINIMUM.apply(new double[] {25, 100}, new double[] {0, 1})).isEqualTo(100);
  }

  @Test
  void thresholds_outside_the_bounds_are_kept_as_sdsn_publishes_them() {
    // higher is better, bounds 40 → 100, codebook red 30 (below the worst) and green 105 (beyond the optimum):
    // colours follow the thresholds as given, a value strictly below the lower bound is red (SDSN Benin 2022,
    // see SdsnPublishedResultsTest)
    ColourThresholds t = ColourThresholds.codebook(40, 30, 70, 105, 100);
    assertThat(t.orange()).isEqualTo(30);
    assertThat(t.green()).isEqualTo(105);
    assertThat(t.rating(39.9)).as("worse than the lower bound").isEqualTo(Rating.RED);
    assertThat(t.rating(40)).as("at the lower bound, above the red threshold").isEqualTo(Rating.ORANGE);
    assertThat(t.position(40)).isCloseTo(1.25, within(1e-12));
    assertThat(t.rating(100)).as("the optimum is below the green threshold 105").isEqualTo(Rating.YELLOW);
    assertThat(t.rating(105)).isEqualTo(Rating.GREEN);
    ColourThresholds lower = ColourThresholds.codebook(3.6, 12, 8.5, 5, 0);
    assertThat(lower.rating(3.6)).as("red and green thresholds both worse than the bound").isEqualTo(Rating.GREEN);
    assertThat(lower.rating(3.7)).isEqualTo(Rating.RED);
    assertThatThrownBy(() -> ColourThresholds.codebook(40, 80, 70, 90, 100)).hasMessageContaining("IND-0008");
  }

  @Test
  @SuppressWarnings("deprecation")
  void the_deprecated_clamped_factory_still_clamps() {
    ColourThresholds t = ColourThresholds.clamped(40, 30, 70, 105, 100);
    assertThat(t.orange()).isEqualTo(40);
    assertThat(t.green()).isEqualTo(100);
    assertThat(t.rating(100)).isEqualTo(Rating.GREEN);
    assertThat(t.rating(99.9)).isEqualTo(Rating.YELLOW);
    assertThat(t.position(40)).as("at the (clamped) red threshold, which is the lower bound: orange").isEqualTo(1);
    assertThat(t.rating(39.9)).isEqualTo(Rating.RED);
    assertThat(t.rating(40.1)).isEqualTo(Rating.ORANGE);
    ColourThresholds lower = ColourThresholds.clamped(20, 25, 10, -1, 0);
    assertThat(lower.orange()).isEqualTo(20);
    assertThat(lower.green()).isEqualTo(0);
    assertThatThrownBy(() -> ColourThresholds.clamped(40, 80, 70, 90, 100)).hasMessageContaining("IND-0008");
  }

  @Test
  void thresholds_from_green_and_red_put_yellow_orange_at_the_midpoint() {
    ColourThresholds t = ColourThresholds.fromGreenRed(0, 50, 90, 100);
    assertThat(t.orange()).isEqualTo(50);
    assertThat(t.yellow()).isEqualTo(70);
    assertThat(t.green()).isEqualTo(90);
    assertThat(t.rating(69.99)).isEqualTo(Rating.ORANGE);
    assertThat(t.rating(70)).isEqualTo(Rating.YELLOW);
    assertThat(t.position(80)).isCloseTo(2.5, within(1e-12));
    ColourThresholds lower = ColourThresholds.fromGreenRed(10, 7, 3, 0);
    assertThat(lower.yellow()).isEqualTo(5);
    assertThat(lower.rating(4)).isEqualTo(Rating.YELLOW);
    ColourThresholds outside = ColourThresholds.fromGreenRed(0, -10, 120, 100);
    assertThat(outside.yellow()).as("midpoint of the thresholds as given, not clamped").isEqualTo(55);
    assertThat(outside.rating(0)).as("at the lower bound, above the red threshold").isEqualTo(Rating.ORANGE);
  }

  @Test
  void a_value_at_a_red_threshold_equal_to_the_lower_bound_is_orange() {
    // like SDSN 2025's "universities in the top 1,000" (lower bound = red threshold = 0, green 30, optimum 50)
    ColourThresholds t = ColourThresholds.fromGreenRed(0, 0, 30, 50);
    assertThat(t.position(0)).as("at the red threshold: start of orange").isEqualTo(1);
    assertThat(t.rating(0)).isEqualTo(Rating.ORANGE);
    assertThat(t.rating(-0.001)).as("strictly worse than the lower bound").isEqualTo(Rating.RED);
    assertThat(t.position(7.5)).isCloseTo(1.5, within(1e-12));
    ColourThresholds lowerIsBetter = ColourThresholds.fromGreenRed(10, 10, 2, 0);
    assertThat(lowerIsBetter.rating(10)).isEqualTo(Rating.ORANGE);
    assertThat(lowerIsBetter.rating(10.001)).isEqualTo(Rating.RED);
    assertThat(GoalColourRule.twoWorst(t.position(0), 0.2))
        .as("one red and one at the red threshold: not both red, so orange (SDSN 2025, SDG 9)")
        .isEqualTo(Rating.ORANGE);
  }

  @Test
  void goal_with_data_for_fewer_than_half_of_its_indicators_is_grey() {
    ColourThresholds c = ColourThresholds.fromGreenRed(0, 50, 90, 100);
    DashboardCalculator dash = DashboardCalculator.builder()
        .indicator(new IndicatorScoring("a", GoalCode.of(6), SHARE, Optional.of(c)))
        .indicator(new IndicatorScoring("b", GoalCode.of(6), SHARE, Optional.of(c)))
        .indicator(new IndicatorScoring("c", GoalCode.of(6), SHARE, Optional.of(c)))
        .indicator(new IndicatorScoring("d", GoalCode.of(6), SHARE, Optional.of(c)))
        .build();
    GoalScore one = dash.score(Map.of("a", 95.0)).goals().get(0);
    assertThat(one.rating()).as("1 of 4").isEqualTo(Rating.GREY);
    assertThat(one.indicatorsWithData()).isEqualTo(1);
    GoalScore two = dash.score(Map.of("a", 95.0, "b", 96.0)).goals().get(0);
    assertThat(two.rating()).as("2 of 4 is half, not fewer").isEqualTo(Rating.GREEN);
  }

  @Test
  void goal_level_arrows() {
    TrendCalculator t = TrendCalculator.sdsn();
    assertThat(t.goalArrow(List.of(TrendArrow.ON_TRACK, TrendArrow.ON_TRACK))).isEqualTo(TrendArrow.ON_TRACK);
    // (3.5 + 1.5) / 2 = 2.5 → moderately improving
    assertThat(t.goalArrow(List.of(TrendArrow.ON_TRACK, TrendArrow.STAGNATING)))
        .isEqualTo(TrendArrow.MODERATELY_IMPROVING);
    // (0.5 + 2.5) / 2 = 1.5 → stagnating
    assertThat(t.goalArrow(List.of(TrendArrow.DECREASING, TrendArrow.MODERATELY_IMPROVING)))
        .isEqualTo(TrendArrow.STAGNATING);
    assertThat(t.goalArrow(List.of(TrendArrow.DECREASING, TrendArrow.NO_DATA))).isEqualTo(TrendArrow.DECREASING);
    assertThat(t.goalArrow(List.of(TrendArrow.ON_TRACK, TrendArrow.NO_DATA, TrendArrow.NO_DATA)))
        .as("trend data for fewer than half").isEqualTo(TrendArrow.NO_DATA);
    // weights: (1·3.5 + 0·0.5) / 1 = 3.5
    assertThat(t.goalArrow(List.of(TrendArrow.ON_TRACK, TrendArrow.DECREASING), new double[] {1, 0}))
        .isEqualTo(TrendArrow.ON_TRACK);
  }

  @Test
  void bounds_from_a_distribution_with_reasons() {
    double[] v = IntStream.rangeClosed(1, 41).mapToDouble(i -> i).toArray(); // 1 … 41
    Normalisation.Linear higher = SdsnBounds.fromDistribution(v, Direction.HIGHER_IS_BETTER);
    assertThat(higher.best()).isCloseTo((41 + 40 + 39 + 38 + 37) / 5.0, within(1e-12));
    // h = 40 · 0.025 = 1 → x[1] = 2
    assertThat(higher.worst()).isCloseTo(2, within(1e-12));
    assertThat(higher.bestReason().orElseThrow()).contains("top 5 of 41");
    assertThat(higher.worstReason().orElseThrow()).contains("2.5th percentile of 41");
    Normalisation.Linear lower = SdsnBounds.fromDistribution(v, Direction.LOWER_IS_BETTER);
    assertThat(lower.best()).isCloseTo(3, within(1e-12));
    assertThat(lower.worst()).isCloseTo(40, within(1e-12));
    assertThat(lower.worstReason().orElseThrow()).contains("97.5th");
    Normalisation.Linear few = SdsnBounds.fromDistribution(new double[] {1, 2, Double.NaN, 4},
        Direction.HIGHER_IS_BETTER);
    assertThat(few.best()).isCloseTo(7 / 3.0, within(1e-12));
    assertThat(few.bestReason().orElseThrow()).contains("fewer than 5");
    assertThatThrownBy(() -> SdsnBounds.fromDistribution(new double[] {1}, Direction.HIGHER_IS_BETTER))
        .hasMessageContaining("IND-0008");
    assertThat(SdsnBounds.percentile(new double[] {10, 20}, 25)).isCloseTo(12.5, within(1e-12));
  }

  static Stream<double[]> seededDistributions() {
    SplittableRandom rnd = new SplittableRandom(357L);
    return IntStream.range(0, 100).mapToObj(i -> rnd.doubles(6 + rnd.nextInt(400), -50, 500).toArray());
  }

  /** Properties over a seeded generator: bounds lie inside the data, scores stay in [0, 100]. */
  @ParameterizedTest
  @MethodSource("seededDistributions")
  void bounds_are_inside_the_data_and_scores_are_capped(double[] values) {
    Normalisation.Linear n = SdsnBounds.fromDistribution(values, Direction.HIGHER_IS_BETTER);
    double min = java.util.Arrays.stream(values).min().orElseThrow();
    double max = java.util.Arrays.stream(values).max().orElseThrow();
    assertThat(n.worst()).isBetween(min, max);
    assertThat(n.best()).isBetween(n.worst(), max);
    for (double x : values) {
      assertThat(n.score(x)).isBetween(0.0, 100.0);
    }
  }
}
