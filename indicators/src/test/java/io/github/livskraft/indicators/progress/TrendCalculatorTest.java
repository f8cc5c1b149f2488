package io.github.livskraft.indicators.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.indicators.Direction;
import io.github.livskraft.indicators.series.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SDSN trend-arrow rules (Sustainable Development Report methodology, as summarised in sdg-methods.md §1.3):
 * required linear growth from the 2015 level to the green threshold by 2030 vs observed growth since 2015.
 * Here the threshold is 80 from a 2015 level of 50: required = 2 per year.
 */
class TrendCalculatorTest {
  @ParameterizedTest(name = "latest {0} in 2020 → {1}")
  @CsvSource({"60, ON_TRACK", "70, ON_TRACK", "59, MODERATELY_IMPROVING", "55, MODERATELY_IMPROVING",
      "54, STAGNATING", "50, STAGNATING", "49, DECREASING", "85, ON_TRACK"})
  void arrows(double latest, TrendArrow expected) {
    TrendAssessment t = TrendCalculator.sdsn().assess(Direction.HIGHER_IS_BETTER, Period.year(2015), 50,
        Period.year(2020), latest, 80, Period.year(2030));
    assertThat(t.arrow()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"40, ON_TRACK", "45, MODERATELY_IMPROVING", "49, STAGNATING", "51, DECREASING", "10, ON_TRACK"})
  void lower_is_better(double latest, TrendArrow expected) {
    // from 50 to a green threshold of 20: required 2 per year downwards
    assertThat(TrendCalculator.sdsn().assess(Direction.LOWER_IS_BETTER, Period.year(2015), 50, Period.year(2020),
        latest, 20, Period.year(2030)).arrow()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"2015", "2015.5"})
  void no_trend_data_without_a_year_between(String ignored) {
    assertThat(TrendCalculator.sdsn().assess(Direction.HIGHER_IS_BETTER, Period.year(2015), 50, Period.year(2015),
        60, 80, Period.year(2030)).arrow()).isEqualTo(TrendArrow.NO_DATA);
    assertThat(TrendArrow.NO_DATA.symbol()).isEqualTo("•");
  }
}
