package io.github.livskraft.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SDG 11.3.1 as published by the UK Office for National Statistics: {@code data/indicator_11-3-1.csv} of
 * {@code ONSdigital/sdg-data} (period "2013-2016"; Great Britain, England, Wales, Scotland; land consumption rate,
 * population growth rate and their ratio, printed to full double precision). ONS computed both rates with the
 * natural logarithm over the three years mid-2013 → mid-2016 (the UN metadata before its 2021 revision, Livskraft's
 * {@link LcrFormula#LOGARITHMIC}). Contains public sector information licensed under the Open Government Licence
 * v3.0. See {@code references/PROVENANCE.md}.
 *
 * <p>What is reproduced from published inputs: the population growth rate, from ONS's mid-year population
 * estimates. What is not: the land consumption rate, because the areas of man-made land (Ordnance Survey
 * MasterMap) are not in the published file; the test rebuilds the area growth factor e^(3·LCR) from ONS's
 * published LCR, so for the ratio it checks Livskraft's rate and ratio step against ONS's, not the area data.
 */
class LandConsumptionPublishedTest {

  static Stream<Arguments> onsCountries() {
    // name, population mid-2013, mid-2016 (ONS mid-year estimates), published LCR, PGR, LCR/PGR
    return Stream.of(
        Arguments.of("Great Britain", 53_865_817 + 3_082_412 + 5_327_700, 55_268_067 + 3_113_150 + 5_404_700,
            0.015223343462808804, 0.007985816855664176, 1.90629759459),
        Arguments.of("England", 53_865_817, 55_268_067, 0.012731152998348464, 0.008566402562930573,
            1.48617262670331),
        Arguments.of("Wales", 3_082_412, 3_113_150, 0.027400212566724005, 0.003307555978853148, 8.284126630632166),
        Arguments.of("Scotland", 5_327_700, 5_404_700, 0.023755938021517473, 0.004783106680474716,
            4.966633530983618));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("onsCountries")
  void populationGrowthRateFromOnsMidYearEstimates(String area, double pop2013, double pop2016, double lcr,
      double pgr, double ratio) {
    LandConsumption.Result r = LandConsumption.lcrpgr(1, Math.exp(3 * lcr), pop2013, pop2016, 3,
        LcrFormula.LOGARITHMIC);
    assertThat(r.populationGrowthRate()).as("%s: ONS publishes PGR %s (full precision, tolerance 1e-12)", area, pgr)
        .hasValueSatisfying(v -> assertThat(v).isCloseTo(pgr, within(1e-12)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("onsCountries")
  void ratioOfThePublishedRates(String area, double pop2013, double pop2016, double lcr, double pgr, double ratio) {
    LandConsumption.Result r = LandConsumption.lcrpgr(1, Math.exp(3 * lcr), pop2013, pop2016, 3,
        LcrFormula.LOGARITHMIC);
    assertThat(r.landConsumptionRate()).as("%s: LCR from the rebuilt growth factor", area)
        .hasValueSatisfying(v -> assertThat(v).isCloseTo(lcr, within(1e-12)));
    assertThat(r.ratio()).as("%s: ONS publishes LCR/PGR %s (tolerance 1e-9)", area, ratio)
        .hasValueSatisfying(v -> assertThat(v).isCloseTo(ratio, within(1e-9)));
    assertThat(r.undefinedReason()).isEmpty();
  }
}
