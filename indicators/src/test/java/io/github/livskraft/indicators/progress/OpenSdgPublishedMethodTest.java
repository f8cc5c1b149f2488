package io.github.livskraft.indicators.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.livskraft.indicators.Direction;
import io.github.livskraft.indicators.series.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The worked numbers that Open SDG's published progress methodology gives (Statistics Canada's method as documented
 * in {@code open-sdg/open-sdg}, {@code docs/Progress-methodology-information.md} at commit
 * {@code 3be37463fcfce5a04eba1207cd51ccc8686184b5}, MIT): the break points of the score transformation (Figures 1
 * and 2), the status bands, the base value at the natural limit, and all-negative series. The inputs are built so
 * that the observed growth (or the ratio R) is exactly the documented break point.
 */
class OpenSdgPublishedMethodTest {
  private static final ProgressCalculator CALC = ProgressCalculator.openSdg();

  /** Figure 1 (no target): CAGR −2% → −5, 0% → −2.5, 0.5% → 0, 1.5% → 2.5, 2% → 5 (C = 1). */
  @ParameterizedTest(name = "CAGR {0} → score {1}")
  @CsvSource({"-0.02, -5", "0, -2.5", "0.005, 0", "0.015, 2.5", "0.02, 5", "0.03, 5", "-0.05, -5"})
  void scoreBreakPointsWithoutTarget(double cagr, double score) {
    ProgressAssessment a = CALC.assess(ProgressInput.of(Direction.HIGHER_IS_BETTER, Period.year(2015), 100,
        Period.year(2020), 100 * Math.pow(1 + cagr, 5)));
    assertThat(a.method()).contains(ProgressMethod.WITHOUT_TARGET);
    assertThat(a.progressValue().orElseThrow()).isCloseTo(cagr, within(1e-12));
    assertThat(a.score().orElseThrow()).as("the documentation's figure 1 (tolerance 1e-9)")
        .isCloseTo(score, within(1e-9));
  }

  /**
   * Figure 2 (with target): R −60% → −5, 60% → 0, 130% → 5. sdg-build computes the two lines with constants rounded
   * to four decimals (7.1429, 4.2857, 4.1667), so the documented break points are met to 1e-4, not exactly.
   */
  @ParameterizedTest(name = "R {0} → score {1}")
  @CsvSource({"-0.6, -5", "0.6, 0", "1.3, 5", "2, 5", "-1, -5"})
  void scoreBreakPointsWithTarget(double ratio, double score) {
    double required = Math.pow(2, 1 / 15.0) - 1; // 100 in 2015 → target 200 in 2030
    ProgressAssessment a = CALC.assess(ProgressInput.of(Direction.HIGHER_IS_BETTER, Period.year(2015), 100,
        Period.year(2020), 100 * Math.pow(1 + ratio * required, 5)).withTarget(200, Period.year(2030)));
    assertThat(a.method()).contains(ProgressMethod.WITH_TARGET);
    assertThat(a.progressValue().orElseThrow()).isCloseTo(ratio, within(1e-12));
    assertThat(a.score().orElseThrow()).as("the documentation's figure 2, to sdg-build's 4-decimal constants")
        .isCloseTo(score, within(1e-4));
  }

  /** The category table for indicators with a target: R ≥ 95%, 60–95%, 0–60%, below 0. */
  @ParameterizedTest(name = "R {0} → {1}")
  @CsvSource({"1.2, SUBSTANTIAL_PROGRESS", "0.96, SUBSTANTIAL_PROGRESS", "0.94, MODERATE_PROGRESS",
      "0.61, MODERATE_PROGRESS", "0.59, LIMITED_PROGRESS", "0.01, LIMITED_PROGRESS", "-0.01, DETERIORATION"})
  void statusBandsWithTarget(double ratio, ProgressStatus status) {
    double required = Math.pow(0.5, 1 / 15.0) - 1; // lower is better: 100 in 2015 → target 50 in 2030
    ProgressAssessment a = CALC.assess(ProgressInput.of(Direction.LOWER_IS_BETTER, Period.year(2015), 100,
        Period.year(2020), 100 * Math.pow(1 + ratio * required, 5)).withTarget(50, Period.year(2030)));
    assertThat(a.status()).isEqualTo(status);
  }

  /**
   * "If the base value is exactly equal to the natural limit … and the calculated progress value is zero or greater,
   * … 'On track' as well as a score of +5"; a negative value is scored as usual.
   */
  @Test
  void baseValueAtTheNaturalLimit() {
    ProgressAssessment held = CALC.assess(ProgressInput.of(Direction.HIGHER_IS_BETTER, Period.year(2015), 100,
        Period.year(2020), 100).withLimit(100));
    assertThat(held.limitCoefficient()).contains(0.0);
    assertThat(held.status()).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
    assertThat(held.score()).contains(5.0);
    ProgressAssessment fell = CALC.assess(ProgressInput.of(Direction.HIGHER_IS_BETTER, Period.year(2015), 100,
        Period.year(2020), 95).withLimit(100));
    assertThat(fell.status()).isEqualTo(ProgressStatus.DETERIORATION);
    assertThat(fell.score().orElseThrow()).as("max(125·CAGR − 2.5, −5)")
        .isCloseTo(Math.max(125 * (Math.pow(0.95, 0.2) - 1) - 2.5, -5), within(1e-9));
  }

  /** "If all values are negative, the desired direction of progress is flipped in the progress measure." */
  @Test
  void allNegativeValuesFlipTheDirection() {
    ProgressAssessment a = CALC.assess(ProgressInput.of(Direction.HIGHER_IS_BETTER, Period.year(2015), -10,
        Period.year(2020), -8));
    double cagr = Math.pow(0.8, 0.2) - 1;
    assertThat(cagr).isNegative();
    assertThat(a.progressValue().orElseThrow()).as("−8 is better than −10 when higher is better")
        .isCloseTo(-cagr, within(1e-12));
    assertThat(a.status()).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
  }

  /**
   * "Minimum data requirements": at least two years of data, and all values positive or all negative; otherwise
   * "Unable to assess" (Livskraft: {@code NOT_AVAILABLE} with the reason in the warnings).
   */
  @Test
  void minimumDataRequirements() {
    ProgressAssessment oneYear = CALC.assess(ProgressInput.of(Direction.HIGHER_IS_BETTER, Period.year(2020), 50,
        Period.year(2020), 50));
    assertThat(oneYear.status()).isEqualTo(ProgressStatus.NOT_AVAILABLE);
    assertThat(oneYear.warnings()).anyMatch(w -> w.kind() == ProgressWarning.Kind.TOO_FEW_YEARS);
    ProgressAssessment signs = CALC.assess(ProgressInput.of(Direction.HIGHER_IS_BETTER, Period.year(2015), -5,
        Period.year(2020), 5));
    assertThat(signs.status()).isEqualTo(ProgressStatus.NOT_AVAILABLE);
    assertThat(signs.warnings()).anyMatch(w -> w.kind() == ProgressWarning.Kind.OPPOSITE_SIGNS);
  }
}
