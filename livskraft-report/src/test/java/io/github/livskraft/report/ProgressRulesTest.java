package io.github.livskraft.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.report.Report.Baseline;
import io.github.livskraft.report.Report.StatusView;
import io.github.livskraft.report.Report.TargetView;
import io.github.livskraft.sdg.Language;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ProgressRulesTest {
  static final ProgressAssessor ASSESSOR = Progress.assessor();

  static IndicatorSpec spec(IndicatorSpec.Trend trend, IndicatorSpec.Aggregation agg) {
    return new IndicatorSpec("x", Texts.same("x"), Texts.same("%"), 1, List.of("4.2"), agg, agg.label, trend,
        Optional.empty(), s -> Optional.empty(), Optional.empty(), "ssb", List.of());
  }

  static NavigableMap<Integer, Double> series(double... v) {
    NavigableMap<Integer, Double> m = new TreeMap<>();
    for (int i = 0; i < v.length; i++) {
      m.put(2015 + i, v[i]);
    }
    return m;
  }

  static StatusView assess(IndicatorSpec.Trend t, IndicatorSpec.Aggregation a, NavigableMap<Integer, Double> s) {
    return ASSESSOR.assess(spec(t, a), s, Optional.empty()).orElseThrow();
  }

  @Test
  void theBasePeriodIsTheMedianOfUpToThreeYearsFrom2015() {
    assertThat(ProgressRules.baseline(series(10, 20, 30, 40, 50, 60, 70))).contains(new Baseline(2015, 2017, 20));
    assertThat(ProgressRules.baseline(series(90, 10, 30, 40, 50, 60, 70))).as("a spike is not the median")
        .contains(new Baseline(2015, 2017, 30));
    // short series: the base period does not run into the years it is compared with
    assertThat(ProgressRules.baseline(series(10, 20, 30, 40, 50))).contains(new Baseline(2015, 2015, 10));
    NavigableMap<Integer, Double> older = new TreeMap<>(java.util.Map.of(2009, 5.0, 2011, 6.0, 2016, 7.0, 2020, 8.0));
    assertThat(ProgressRules.baseline(older).orElseThrow().fromYear()).isEqualTo(2016);
  }

  @Test
  void noDeteriorationNextToAZeroChange() {
    StatusView s = assess(IndicatorSpec.Trend.HIGHER_IS_BETTER, IndicatorSpec.Aggregation.POPULATION_WEIGHTED_MEAN,
        series(85.2, 85.2, 85.2, 85.1, 85.2, 85.19, 85.21, 85.18));
    assertThat(s.code()).isEqualTo(Progress.NO_CLEAR_CHANGE);
    assertThat(s.detail().text(Language.NB)).contains("0,0\u00a0%").doesNotContain("−");
  }

  @Test
  void aSpikeInTheBaseYearDoesNotMakeAFlatSeriesOnTrack() {
    // 2015 is a spike (lower is better): from the single year it would look like strong progress
    StatusView s = assess(IndicatorSpec.Trend.LOWER_IS_BETTER, IndicatorSpec.Aggregation.POPULATION_WEIGHTED_MEAN,
        series(30, 10, 10, 10, 10, 10, 10, 10, 10));
    assertThat(s.code()).isNotEqualTo("substantial_progress");
  }

  @Test
  void countsOfThreeAreNotTurnedIntoGrowthRates() {
    StatusView s = assess(IndicatorSpec.Trend.LOWER_IS_BETTER, IndicatorSpec.Aggregation.SUM,
        series(3, 1, 2, 4, 0, 12, 9, 12));
    assertThat(s.code()).isEqualTo(Progress.NOT_ASSESSED);
    assertThat(s.detail().text(Language.EN)).contains("too small");
    assertThat(s.detail().text(Language.NB)).doesNotContain("%");
  }

  @Test
  void aTooShortSeriesIsNotAssessed() {
    StatusView s = assess(IndicatorSpec.Trend.HIGHER_IS_BETTER, IndicatorSpec.Aggregation.POPULATION_WEIGHTED_MEAN,
        new TreeMap<>(java.util.Map.of(2022, 80.0, 2024, 90.0)));
    assertThat(s.code()).isEqualTo(Progress.NOT_ASSESSED);
  }

  /** Seeded random series: the label's direction always agrees with the sign of the change it shows. */
  static Stream<Long> seeds() {
    return IntStream.range(0, 200).mapToObj(i -> 0x5eedL * 31 + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theLabelNeverContradictsTheNumberNextToIt(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = 4 + rnd.nextInt(8);
    double[] v = new double[n];
    double level = 20 + rnd.nextDouble() * 80;
    double drift = (rnd.nextDouble() - 0.5) * 0.06;
    for (int i = 0; i < n; i++) {
      v[i] = level * Math.pow(1 + drift, i) * (1 + (rnd.nextDouble() - 0.5) * 0.02);
    }
    IndicatorSpec.Trend trend = rnd.nextBoolean() ? IndicatorSpec.Trend.HIGHER_IS_BETTER
        : IndicatorSpec.Trend.LOWER_IS_BETTER;
    StatusView s = assess(trend, IndicatorSpec.Aggregation.POPULATION_WEIGHTED_MEAN, series(v));
    String detail = s.detail().text(Language.EN);
    Function<String, Double> shown = d -> {
      int i = d.lastIndexOf(": ");
      return i < 0 ? Double.NaN : Double.parseDouble(d.substring(i + 2).replace("\u00a0%", "").replace("+", ""));
    };
    if (s.code().equals(Progress.NOT_ASSESSED)) {
      return;
    }
    double shownChange = shown.apply(detail);
    double better = trend == IndicatorSpec.Trend.HIGHER_IS_BETTER ? shownChange : -shownChange;
    switch (s.code()) {
      case "deterioration" -> assertThat(better).as(detail).isLessThan(0);
      case "substantial_progress", "moderate_progress" -> assertThat(better).as(detail).isGreaterThan(0);
      case "no_clear_change" -> assertThat(Math.abs(shownChange)).as(detail).isLessThanOrEqualTo(0.5);
      default -> assertThat(better).as(detail).isGreaterThanOrEqualTo(0);
    }
  }

  @Test
  void withATargetTheOpenSdgRatioIsShownInNorwegianFormat() {
    StatusView s = ASSESSOR.assess(spec(IndicatorSpec.Trend.HIGHER_IS_BETTER,
        IndicatorSpec.Aggregation.POPULATION_WEIGHTED_MEAN), series(50, 50, 50, 52, 54, 56, 58, 60),
        Optional.of(new TargetView(90, 2030, Texts.same("plan")))).orElseThrow();
    assertThat(s.detail().text(Language.NB)).contains("faktisk/nødvendig vekst = ").contains("\u00a0%");
    assertThat(s.detail().text(Language.NN)).contains("faktisk/naudsynt vekst");
  }

  /**
   * A progress assessment that cannot be made says why in the report's language: the calculator's warning (a text of
   * the indicators bundle) is written in bokmål, nynorsk or English, never in the library's English.
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', textBlock = """
      nb ; kan ikke vurderes (retningen target_band trenger en målverdi)
      nn ; kan ikkje vurderast (retninga target_band treng ein målverdi)
      en ; cannot be assessed (direction target_band needs a target value)
      """)
  void a_progress_that_cannot_be_assessed_says_why_in_the_reports_language(String tag, String expected) {
    var a = io.github.livskraft.indicators.progress.ProgressCalculator.openSdg().assess(
        io.github.livskraft.indicators.progress.ProgressInput.of(io.github.livskraft.indicators.Direction.TARGET_BAND,
            io.github.livskraft.indicators.series.Period.year(2015), 38,
            io.github.livskraft.indicators.series.Period.year(2023), 44));
    StatusView v = Progress.view(a, "2015 → 2023", 0);
    assertThat(v.detail().text(Language.fromTag(tag).orElseThrow())).isEqualTo(expected);
  }

  @Test
  void a_progress_that_cannot_be_assessed_without_a_warning_has_no_parenthesis() {
    var a = io.github.livskraft.indicators.progress.ProgressAssessment.notAvailable(
        io.github.livskraft.indicators.progress.ProgressCalculator.openSdg().assess(
            io.github.livskraft.indicators.progress.ProgressInput.of(
                io.github.livskraft.indicators.Direction.TARGET_BAND,
                io.github.livskraft.indicators.series.Period.year(2015), 38,
                io.github.livskraft.indicators.series.Period.year(2023), 44)).warnings().get(0));
    StatusView v = Progress.view(new io.github.livskraft.indicators.progress.ProgressAssessment(a.status(),
        a.method(), a.progressValue(), a.observedGrowth(), a.requiredGrowth(), a.limitCoefficient(), a.score(),
        a.basePeriod(), a.baseValue(), a.latestPeriod(), a.latestValue(), List.of()), "2015 → 2023", 0);
    assertThat(v.detail().text(Language.NN)).isEqualTo("kan ikkje vurderast");
  }
}
