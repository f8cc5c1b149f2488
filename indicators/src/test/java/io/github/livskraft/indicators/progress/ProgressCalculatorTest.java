package io.github.livskraft.indicators.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.livskraft.indicators.Direction;
import io.github.livskraft.municipalities.Region;
import io.github.livskraft.indicators.series.ObservationStatus;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.testing.Gen;
import io.github.livskraft.testing.PropertyTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Worked examples from the published Statistics Canada / Open SDG method: {@code open-sdg/open-sdg}
 * {@code docs/progress-methodology.md} (threshold tables, score cut-offs, aggregation example, limit rules) and the
 * reference implementation {@code open-sdg/sdg-build} {@code sdg/ProgressMeasure.py} @ 139fede (edge cases), as
 * summarised in Livskraft's reference notes (sdg-methods.md §2).
 */
class ProgressCalculatorTest {
  private static final ProgressCalculator CALC = ProgressCalculator.openSdg();
  private static final Period Y2015 = Period.year(2015);
  private static final Period Y2020 = Period.year(2020);
  private static final Period Y2030 = Period.year(2030);

  /** A lower-is-better input whose observed growth is exactly {@code r} times the required growth. */
  private static ProgressInput withRatio(double r) {
    double required = Math.pow(50.0 / 100.0, 1 / 15.0) - 1; // from 100 in 2015 to 50 in 2030
    double latest = 100 * Math.pow(1 + r * required, 5);
    return ProgressInput.of(Direction.LOWER_IS_BETTER, Y2015, 100, Y2020, latest).withTarget(50, Y2030);
  }

  @ParameterizedTest(name = "R = {0} → {1}")
  @CsvSource({"1.20, SUBSTANTIAL_PROGRESS", "0.9501, SUBSTANTIAL_PROGRESS", "0.94, MODERATE_PROGRESS",
      "0.6001, MODERATE_PROGRESS", "0.59, LIMITED_PROGRESS", "0.00, LIMITED_PROGRESS", "-0.01, DETERIORATION"})
  void with_target_bands_R_95_60_0(double r, ProgressStatus expected) {
    ProgressAssessment a = CALC.assess(withRatio(r));
    assertThat(a.method()).contains(ProgressMethod.WITH_TARGET);
    assertThat(a.progressValue().orElseThrow()).isCloseTo(r, within(1e-9));
    assertThat(a.status()).isEqualTo(expected);
  }

  /** "the cut-off thresholds are 130% for a score of +5 and -60% for a score of -5" (Figure 2); 0 at R = 60 %. */
  @ParameterizedTest
  @CsvSource({"1.30, 5.0", "2.00, 5.0", "0.95, 2.5", "0.60, 0.0", "0.00, -2.5", "-0.60, -5.0", "-1.0, -5.0"})
  void with_target_score_transformation(double r, double score) {
    assertThat(CALC.assess(withRatio(r)).score().orElseThrow()).isCloseTo(score, within(1e-3));
  }

  /** Without a target: "CAGR ≥ 1.5 % on track, 0.5–1.5 % moderate, 0–0.5 % limited, < 0 deterioration". */
  @ParameterizedTest
  @CsvSource({"0.016, SUBSTANTIAL_PROGRESS, 2.5", "0.01501, SUBSTANTIAL_PROGRESS, 2.505", "0.010, MODERATE_PROGRESS, 1.25",
      "0.00501, MODERATE_PROGRESS, 0.0025", "0.004, LIMITED_PROGRESS, -0.5", "0.0, LIMITED_PROGRESS, -2.5",
      "-0.001, DETERIORATION, -2.625", "-0.02, DETERIORATION, -5", "0.02, SUBSTANTIAL_PROGRESS, 5"})
  void without_target_fixed_growth_thresholds_and_scores(double cagr, ProgressStatus expected, double score) {
    double latest = 100 * Math.pow(1 + cagr, 5);
    ProgressAssessment a = CALC.assess(ProgressInput.of(Direction.HIGHER_IS_BETTER, Y2015, 100, Y2020, latest));
    assertThat(a.method()).contains(ProgressMethod.WITHOUT_TARGET);
    assertThat(a.status()).isEqualTo(expected);
    if (cagr != 0.016 && cagr != 0.0) {
      assertThat(a.score().orElseThrow()).isCloseTo(score, within(1e-6));
    }
  }

  @Test
  void threshold_edges_are_inclusive() {
    assertThat(ProgressThresholds.WITH_TARGET.classify(0.95)).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
    assertThat(ProgressThresholds.WITH_TARGET.classify(0.60)).isEqualTo(ProgressStatus.MODERATE_PROGRESS);
    assertThat(ProgressThresholds.WITH_TARGET.classify(0.0)).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
    assertThat(ProgressThresholds.WITHOUT_TARGET.classify(0.015)).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
    assertThat(ProgressThresholds.WITHOUT_TARGET.classify(0.005)).isEqualTo(ProgressStatus.MODERATE_PROGRESS);
    assertThat(ProgressThresholds.WITHOUT_TARGET.scaled(0.5)).isEqualTo(new ProgressThresholds(0.0075, 0.0025, 0));
  }

  @Test
  void direction_flips_the_sign() {
    double latest = 100 * Math.pow(1.02, 5);
    assertThat(CALC.assess(ProgressInput.of(Direction.LOWER_IS_BETTER, Y2015, 100, Y2020, latest)).status())
        .isEqualTo(ProgressStatus.DETERIORATION);
  }

  @Test
  void target_achieved_is_checked_first_and_scores_five() {
    ProgressAssessment a = CALC.assess(ProgressInput.of(Direction.LOWER_IS_BETTER, Y2015, 100, Y2020, 49)
        .withTarget(50, Y2030));
    assertThat(a.status()).isEqualTo(ProgressStatus.TARGET_ACHIEVED);
    assertThat(a.score()).contains(5.0);
    // but not with a single data point: sdg-build 2.4.0 checks "enough data?" before "target achieved?"
    ProgressAssessment single = CALC.assess(ProgressInput.of(Direction.HIGHER_IS_BETTER, Y2020, 80, Y2020, 80)
        .withTarget(75, Y2030));
    assertThat(single.status()).isEqualTo(ProgressStatus.NOT_AVAILABLE);
    assertThat(single.progressValue()).isEmpty();
  }

  @Test
  void edge_cases_of_the_reference_code() {
    ProgressAssessment zeroTarget = CALC.assess(ProgressInput.of(Direction.LOWER_IS_BETTER, Y2015, 10, Y2020, 8)
        .withTarget(0, Y2030));
    assertThat(zeroTarget.warnings()).anyMatch(w -> w.kind() == ProgressWarning.Kind.ZERO_TARGET);
    assertThat(zeroTarget.requiredGrowth().orElseThrow())
        .isCloseTo(Math.pow(0.001 / 10, 1 / 15.0) - 1, within(1e-12));
    ProgressAssessment zeroBase = CALC.assess(ProgressInput.of(Direction.HIGHER_IS_BETTER, Y2015, 0, Y2020, 5));
    assertThat(zeroBase.warnings()).anyMatch(w -> w.kind() == ProgressWarning.Kind.ZERO_BASE_VALUE);
    assertThat(zeroBase.observedGrowth().orElseThrow())
        .isCloseTo(Math.pow(5 / 0.001, 1 / 5.0) - 1, within(1e-9));
    assertThat(CALC.assess(ProgressInput.of(Direction.HIGHER_IS_BETTER, Y2015, 5, Y2020, -1)).status())
        .as("opposite signs").isEqualTo(ProgressStatus.NOT_AVAILABLE);
    assertThat(CALC.assess(ProgressInput.of(Direction.HIGHER_IS_BETTER, Y2020, 5, Y2015, 6)).status())
        .as("base after latest").isEqualTo(ProgressStatus.NOT_AVAILABLE);
    assertThat(CALC.assess(ProgressInput.of(Direction.HIGHER_IS_BETTER, Period.quarter(2020, 1), 5,
        Period.quarter(2020, 3), 6)).status()).as("less than a year").isEqualTo(ProgressStatus.NOT_AVAILABLE);
    ProgressAssessment limitIgnored = CALC.assess(withRatio(1).withLimit(0));
    assertThat(limitIgnored.warnings()).anyMatch(w -> w.kind() == ProgressWarning.Kind.LIMIT_IGNORED);
  }

  @Test
  void negative_values_flip_the_desired_direction() {
    // both negative: a move from -10 to -5 is a CAGR of (0.5)^(1/5)-1 < 0, s = -1 makes it progress for d = +1
    ProgressAssessment a = CALC.assess(ProgressInput.of(Direction.HIGHER_IS_BETTER, Y2015, -10, Y2020, -5));
    assertThat(a.progressValue().orElseThrow()).isPositive();
  }

  /** "If the base value is exactly equal to the natural limit, C = 0 … if CAGR ≥ 0 … On track and +5". */
  @Test
  void base_at_the_limit_and_maintained_is_on_track_with_score_five() {
    ProgressAssessment a = CALC.assess(ProgressInput.of(Direction.HIGHER_IS_BETTER, Y2015, 100, Y2020, 100)
        .withLimit(100));
    assertThat(a.limitCoefficient()).contains(0.0);
    assertThat(a.status()).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
    assertThat(a.score()).contains(5.0);
    ProgressAssessment falling = CALC.assess(ProgressInput.of(Direction.HIGHER_IS_BETTER, Y2015, 100, Y2020, 99)
        .withLimit(100));
    assertThat(falling.status()).isEqualTo(ProgressStatus.DETERIORATION);
  }

  @Test
  void limit_coefficient_formula() {
    assertThat(ProgressCalculator.limitCoefficient(50, 100)).isCloseTo(1 - Math.pow(0.5, 4.44), within(1e-12));
    assertThat(ProgressCalculator.limitCoefficient(250, 100)).isEqualTo(1);
    assertThat(ProgressCalculator.limitCoefficient(0, 0)).as("b ≥ 2L checked first").isEqualTo(1);
    assertThat(ProgressCalculator.limitCoefficient(100, 100)).isZero();
  }

  /** "ensures the reduction factor is identical at equal relative distances from a minimum or a maximum limit". */
  @PropertyTest
  void limit_coefficient_is_symmetric_around_the_limit(Gen g) {
    double x = g.doubleBetween(0, 1);
    double limit = g.doubleBetween(0.1, 1000);
    assertThat(ProgressCalculator.limitCoefficient(limit * (1 - x), limit))
        .isCloseTo(ProgressCalculator.limitCoefficient(limit * (1 + x), limit), within(1e-9));
    assertThat(ProgressCalculator.limitCoefficient(limit * (1 - x), limit)).isBetween(0.0, 1.0);
  }

  /** "the aggregate progress status for an indicator with an overall score of +1 is 'Progress made …'". */
  @Test
  void aggregation_by_mean_score_and_all_targets_achieved() {
    assertThat(ProgressStatus.fromScore(1)).isEqualTo(ProgressStatus.MODERATE_PROGRESS);
    assertThat(ProgressStatus.MODERATE_PROGRESS.label(Language.EN)).isEqualTo("Progress made but acceleration needed");
    ProgressAssessment achieved = CALC.assess(ProgressInput.of(Direction.LOWER_IS_BETTER, Y2015, 100, Y2020, 40)
        .withTarget(50, Y2030));
    ProgressAssessment deteriorating = CALC.assess(withRatio(-1));
    ProgressSummary mean = CALC.aggregate(List.of(achieved, deteriorating), ScoreAggregation.MEAN);
    assertThat(mean.score().orElseThrow()).isCloseTo((5 + -5) / 2.0, within(1e-9));
    assertThat(mean.status()).isEqualTo(ProgressStatus.MODERATE_PROGRESS);
    assertThat(CALC.aggregate(List.of(achieved, achieved), ScoreAggregation.MEAN).status())
        .isEqualTo(ProgressStatus.TARGET_ACHIEVED);
    assertThat(CALC.aggregate(List.of(achieved, deteriorating), ScoreAggregation.MIN).status())
        .isEqualTo(ProgressStatus.DETERIORATION);
    assertThat(CALC.aggregate(List.of(ProgressAssessment.notAvailable(ProgressWarning.of(ProgressWarning.Kind.TOO_FEW_YEARS))), ScoreAggregation.MEAN).status())
        .isEqualTo(ProgressStatus.NOT_AVAILABLE);
  }

  /** Open SDG's treatment of 5.5.1: y' = 50 % + |y − 50 %|, progress is a reduction towards 50 %. */
  @Test
  void target_band_reflects_values_around_the_target() {
    ProgressAssessment towards = CALC.assess(ProgressInput.of(Direction.TARGET_BAND, Y2015, 35, Y2020, 45)
        .withTarget(50, Y2030));
    assertThat(towards.status()).isIn(ProgressStatus.SUBSTANTIAL_PROGRESS, ProgressStatus.MODERATE_PROGRESS);
    ProgressAssessment overshoot = CALC.assess(ProgressInput.of(Direction.TARGET_BAND, Y2015, 45, Y2020, 62)
        .withTarget(50, Y2030));
    assertThat(overshoot.status()).isEqualTo(ProgressStatus.DETERIORATION);
    assertThat(CALC.assess(ProgressInput.of(Direction.TARGET_BAND, Y2015, 45, Y2020, 50)).status())
        .as("band without target").isEqualTo(ProgressStatus.NOT_AVAILABLE);
  }

  @Test
  void series_uses_first_later_year_when_base_year_is_missing_and_drops_flagged_values() {
    TimeSeries s = TimeSeries.builder(Region.municipality("3303"), "x")
        .addMissing(Period.year(2015), ObservationStatus.NOT_AVAILABLE).add(Period.year(2016), 100)
        .add(Period.year(2021), 110).addMissing(Period.year(2022), ObservationStatus.CONFIDENTIAL).build();
    ProgressAssessment a = CALC.assess(s, ProgressOptions.of(Direction.HIGHER_IS_BETTER));
    assertThat(a.basePeriod()).contains(Period.year(2016));
    assertThat(a.latestPeriod()).contains(Period.year(2021));
    assertThat(a.warnings().get(0).kind()).isEqualTo(ProgressWarning.Kind.BASE_PERIOD_MOVED);
    assertThat(a.warnings().get(0).text(Language.EN)).isEqualTo("base period 2015 has no value: used 2016");
    assertThat(a.warnings().get(0).text(Language.NN)).isEqualTo("startperioden 2015 har ingen verdi: brukte 2016");
    assertThat(a.observedGrowth().orElseThrow()).isCloseTo(Math.pow(1.1, 1 / 5.0) - 1, within(1e-12));
  }

  @Test
  void labels_are_configurable() {
    ProgressLabels mine = ProgressLabels.bundled().with(ProgressStatus.SUBSTANTIAL_PROGRESS, Language.NB, "Godt i gang");
    assertThat(mine.label(ProgressStatus.SUBSTANTIAL_PROGRESS, Language.NB)).isEqualTo("Godt i gang");
    assertThat(mine.label(ProgressStatus.SUBSTANTIAL_PROGRESS, Language.EN)).isEqualTo("On track");
    assertThat(ProgressLabels.bundled().label(ProgressStatus.SUBSTANTIAL_PROGRESS, Language.NB)).isEqualTo("I rute");
    assertThat(ProgressStatus.fromCode("target_achieved")).contains(ProgressStatus.TARGET_ACHIEVED);
    assertThat(ProgressLabels.bundled().label(ProgressStatus.MODERATE_PROGRESS, Language.NN))
        .isEqualTo("Framgang, men farta må aukast");
    String json = "{\"target_achieved\":{\"en\":\"Done\",\"nb\":\"Ferdig\"},\"substantial_progress\":{\"en\":\"a\","
        + "\"nb\":\"b\"},\"moderate_progress\":{\"en\":\"a\",\"nb\":\"b\"},\"limited_progress\":{\"en\":\"a\","
        + "\"nb\":\"b\"},\"deterioration\":{\"en\":\"a\",\"nb\":\"b\"},\"not_available\":{\"en\":\"a\",\"nb\":\"b\"}}";
    ProgressLabels loaded = ProgressLabels.load(new java.io.ByteArrayInputStream(
        json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "mine.json");
    assertThat(loaded.label(ProgressStatus.TARGET_ACHIEVED, Language.NN)).as("nn falls back to nb").isEqualTo("Ferdig");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProgressLabels.load(new java.io.ByteArrayInputStream(
        "{\"done\":{}}".getBytes(java.nio.charset.StandardCharsets.UTF_8)), "bad.json"))
        .hasMessageContaining("IND-0002").hasMessageContaining("$.done");
  }

  /** A random series over 2000–2020 with gaps, any status, and values of both signs and zeros. */
  private static TimeSeries randomSeries(Gen g) {
    TimeSeries.Builder b = TimeSeries.builder(Region.municipality("3303"), "x");
    for (int y = 2000; y <= 2020; y++) {
      if (g.chance(0.2)) {
        continue;
      }
      ObservationStatus st = g.chance(0.7) ? ObservationStatus.OK : g.pick(ObservationStatus.class);
      if (st == ObservationStatus.NIL) {
        b.add(io.github.livskraft.indicators.series.Observation.of(Period.year(y), 0, st));
      } else if (st.hasValue()) {
        double v = g.chance(0.05) ? 0 : g.doubleBetween(g.chance(0.1) ? -100 : 0.5, 100);
        b.add(io.github.livskraft.indicators.series.Observation.of(Period.year(y), v, st));
      } else {
        b.addMissing(Period.year(y), st);
      }
    }
    return b.build();
  }

  /**
   * The series path (indexes into the columns) gives exactly what the path through {@link ProgressInput} gives,
   * as the calculator did before series were stored as columns: same status, numbers, periods and warnings.
   */
  @PropertyTest(cases = 3000)
  void assessing_a_series_equals_assessing_its_base_and_latest_values(Gen g) {
    TimeSeries series = randomSeries(g);
    ProgressOptions options = ProgressOptions.of(g.pick(Direction.class)).withBase(Period.year(g.intBetween(1999, 2021)));
    if (g.chance(0.5)) {
      double target = g.chance(0.1) ? 0 : g.doubleBetween(-10, 120);
      options = g.chance(0.3) ? options.withTarget(target)
          : options.withTarget(target, Period.year(g.intBetween(2000, 2040)));
    }
    if (g.chance(0.3)) {
      options = options.withLimit(g.doubleBetween(-50, 150));
    }
    if (g.chance(0.2)) {
      double low = g.doubleBetween(-0.5, 0.5);
      double med = low + g.doubleBetween(0, 0.5);
      options = options.withThresholds(new ProgressThresholds(med + g.doubleBetween(0, 0.5), med, low));
    }
    ProgressCalculator calc = ProgressCalculator.openSdg();
    ProgressAssessment expected;
    var latest = series.latestWithValue();
    var base = series.firstWithValueFrom(options.basePeriod());
    if (latest.isEmpty()) {
      expected = ProgressAssessment.notAvailable(
          ProgressWarning.of(ProgressWarning.Kind.NO_VALUE, "x", series.region().toString()));
    } else if (base.isEmpty()) {
      expected = ProgressAssessment.notAvailable(
          ProgressWarning.of(ProgressWarning.Kind.NO_VALUE_FROM_BASE_PERIOD, options.basePeriod().toString()));
    } else {
      ProgressAssessment a = calc.assess(new ProgressInput(options.direction(), base.get().period(),
          base.get().getValue(), latest.get().period(), latest.get().getValue(), options.target(),
          options.targetPeriod(), options.limit(), options.thresholds()));
      if (base.get().period().equals(options.basePeriod())) {
        expected = a;
      } else {
        List<ProgressWarning> w = new java.util.ArrayList<>(a.warnings());
        w.add(0, ProgressWarning.of(ProgressWarning.Kind.BASE_PERIOD_MOVED, options.basePeriod().toString(),
            base.get().period().toString()));
        expected = new ProgressAssessment(a.status(), a.method(), a.progressValue(), a.observedGrowth(),
            a.requiredGrowth(), a.limitCoefficient(), a.score(), a.basePeriod(), a.baseValue(), a.latestPeriod(),
            a.latestValue(), w);
      }
    }
    assertThat(calc.assess(series, options)).isEqualTo(expected);
  }
}
