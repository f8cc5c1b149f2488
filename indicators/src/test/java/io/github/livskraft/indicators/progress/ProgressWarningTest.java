package io.github.livskraft.indicators.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.indicators.Direction;
import io.github.livskraft.indicators.series.ObservationStatus;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.municipalities.Region;
import io.github.livskraft.sdg.Language;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every progress warning, produced by the calculator from an input that causes it, in English, bokmål and nynorsk:
 * the text comes from the indicators bundle and its numbers are written in the reader's language.
 */
class ProgressWarningTest {
  private static final ProgressCalculator CALC = ProgressCalculator.openSdg();
  private static final Period Y2015 = Period.year(2015);
  private static final Period Y2023 = Period.year(2023);
  private static final Period Y2030 = Period.year(2030);
  private static final Region KONGSBERG = Region.municipality("3303");

  /** An assessment that carries each kind of warning (illustrative numbers). */
  private static Map<ProgressWarning.Kind, ProgressAssessment> cases() {
    Map<ProgressWarning.Kind, ProgressAssessment> m = new EnumMap<>(ProgressWarning.Kind.class);
    m.put(ProgressWarning.Kind.ZERO_TARGET,
        CALC.assess(ProgressInput.of(Direction.LOWER_IS_BETTER, Y2015, 4.6, Y2023, 3.9).withTarget(0, Y2030)));
    m.put(ProgressWarning.Kind.ZERO_BASE_VALUE,
        CALC.assess(ProgressInput.of(Direction.HIGHER_IS_BETTER, Y2015, 0, Y2023, 5)));
    m.put(ProgressWarning.Kind.LIMIT_IGNORED, CALC.assess(ProgressInput.of(Direction.HIGHER_IS_BETTER, Y2015, 60,
        Y2023, 70).withTarget(90, Y2030).withLimit(99.5)));
    m.put(ProgressWarning.Kind.BELOW_MINIMUM_LIMIT,
        CALC.assess(ProgressInput.of(Direction.LOWER_IS_BETTER, Y2015, 1.5, Y2023, 1.2).withLimit(2.5)));
    m.put(ProgressWarning.Kind.ABOVE_MAXIMUM_LIMIT,
        CALC.assess(ProgressInput.of(Direction.HIGHER_IS_BETTER, Y2015, 98.5, Y2023, 99).withLimit(95)));
    m.put(ProgressWarning.Kind.BASE_AFTER_LATEST,
        CALC.assess(ProgressInput.of(Direction.HIGHER_IS_BETTER, Y2023, 5, Y2015, 6)));
    m.put(ProgressWarning.Kind.TOO_FEW_YEARS, CALC.assess(ProgressInput.of(Direction.HIGHER_IS_BETTER,
        Period.quarter(2020, 1), 5, Period.quarter(2020, 3), 6)));
    m.put(ProgressWarning.Kind.OPPOSITE_SIGNS,
        CALC.assess(ProgressInput.of(Direction.HIGHER_IS_BETTER, Y2015, -1.5, Y2023, 2)));
    m.put(ProgressWarning.Kind.TARGET_PERIOD_NOT_AFTER_BASE, CALC.assess(ProgressInput.of(Direction.HIGHER_IS_BETTER,
        Y2015, 50, Y2023, 60).withTarget(80, Period.year(2010))));
    m.put(ProgressWarning.Kind.ZERO_REQUIRED_GROWTH, CALC.assess(ProgressInput.of(Direction.HIGHER_IS_BETTER, Y2015,
        50, Y2023, 40).withTarget(50, Y2030)));
    m.put(ProgressWarning.Kind.REQUIRED_GROWTH_NOT_FINITE, CALC.assess(ProgressInput.of(Direction.LOWER_IS_BETTER,
        Y2015, 5, Y2023, 6).withTarget(-1, Y2030)));
    m.put(ProgressWarning.Kind.TARGET_BAND_WITHOUT_TARGET,
        CALC.assess(ProgressInput.of(Direction.TARGET_BAND, Y2015, 38, Y2023, 44)));
    m.put(ProgressWarning.Kind.TARGET_BAND_TARGET_NOT_POSITIVE,
        CALC.assess(ProgressInput.of(Direction.TARGET_BAND, Y2015, 38, Y2023, 44).withTarget(-2.5, Y2030)));
    m.put(ProgressWarning.Kind.TARGET_BAND_TRANSFORMED,
        CALC.assess(ProgressInput.of(Direction.TARGET_BAND, Y2015, 38, Y2023, 44).withTarget(40.5, Y2030)));
    TimeSeries gap = TimeSeries.builder(KONGSBERG, "x")
        .addMissing(Y2015, ObservationStatus.NOT_AVAILABLE).add(Period.year(2016), 100).add(Y2023, 110).build();
    m.put(ProgressWarning.Kind.BASE_PERIOD_MOVED, CALC.assess(gap, ProgressOptions.of(Direction.HIGHER_IS_BETTER)));
    TimeSeries empty = TimeSeries.builder(KONGSBERG, "x")
        .addMissing(Y2015, ObservationStatus.CONFIDENTIAL).build();
    m.put(ProgressWarning.Kind.NO_VALUE, CALC.assess(empty, ProgressOptions.of(Direction.HIGHER_IS_BETTER)));
    TimeSeries early = TimeSeries.builder(KONGSBERG, "x").add(Period.year(2010), 1).add(Period.year(2012), 2)
        .build();
    m.put(ProgressWarning.Kind.NO_VALUE_FROM_BASE_PERIOD,
        CALC.assess(early, ProgressOptions.of(Direction.HIGHER_IS_BETTER)));
    return m;
  }

  private static ProgressWarning warning(ProgressWarning.Kind kind) {
    ProgressAssessment a = cases().get(kind);
    assertThat(a).as("a case for %s", kind).isNotNull();
    return a.warnings().stream().filter(w -> w.kind() == kind).findFirst()
        .orElseThrow(() -> new AssertionError(kind + " not among " + a.warnings()));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(delimiter = ';', textBlock = """
      ZERO_TARGET ; en ; target is zero: replaced by 0.001
      ZERO_TARGET ; nb ; målverdien er 0: byttet ut med 0,001
      ZERO_TARGET ; nn ; målverdien er 0: bytt ut med 0,001
      ZERO_BASE_VALUE ; en ; base value is zero: replaced by 0.001
      ZERO_BASE_VALUE ; nb ; startverdien er 0: byttet ut med 0,001
      ZERO_BASE_VALUE ; nn ; startverdien er 0: bytt ut med 0,001
      LIMIT_IGNORED ; en ; limit 99.5 ignored because a target is given
      LIMIT_IGNORED ; nb ; grensen 99,5 er ikke brukt fordi en målverdi er gitt
      LIMIT_IGNORED ; nn ; grensa 99,5 er ikkje brukt fordi ein målverdi er gitt
      BELOW_MINIMUM_LIMIT ; en ; base value 1.5 is below the minimum limit 2.5
      BELOW_MINIMUM_LIMIT ; nb ; startverdien 1,5 er under minstegrensen 2,5
      BELOW_MINIMUM_LIMIT ; nn ; startverdien 1,5 er under minstegrensa 2,5
      ABOVE_MAXIMUM_LIMIT ; en ; base value 98.5 is above the maximum limit 95
      ABOVE_MAXIMUM_LIMIT ; nb ; startverdien 98,5 er over høyestegrensen 95
      ABOVE_MAXIMUM_LIMIT ; nn ; startverdien 98,5 er over høgstegrensa 95
      BASE_AFTER_LATEST ; en ; base period 2023 is after the latest period 2015
      BASE_AFTER_LATEST ; nb ; startperioden 2023 er etter siste periode 2015
      BASE_AFTER_LATEST ; nn ; startperioden 2023 er etter siste periode 2015
      TOO_FEW_YEARS ; en ; not enough data: at least two years between base and latest period are needed
      TOO_FEW_YEARS ; nb ; for lite data: det må være minst to år mellom startperioden og siste periode
      TOO_FEW_YEARS ; nn ; for lite data: det må vere minst to år mellom startperioden og siste periode
      OPPOSITE_SIGNS ; en ; base value -1.5 and latest value 2 have opposite signs
      OPPOSITE_SIGNS ; nb ; startverdien −1,5 og siste verdi 2 har motsatt fortegn
      OPPOSITE_SIGNS ; nn ; startverdien −1,5 og siste verdi 2 har motsett forteikn
      TARGET_PERIOD_NOT_AFTER_BASE ; en ; target period 2010 is not after the base period 2015
      TARGET_PERIOD_NOT_AFTER_BASE ; nb ; målperioden 2010 er ikke etter startperioden 2015
      TARGET_PERIOD_NOT_AFTER_BASE ; nn ; målperioden 2010 er ikkje etter startperioden 2015
      ZERO_REQUIRED_GROWTH ; en ; required growth is 0 (base value equals the target) and the target is not achieved: deterioration
      ZERO_REQUIRED_GROWTH ; nb ; nødvendig vekst er 0 (startverdien er lik målverdien) og målet er ikke nådd: forverring
      ZERO_REQUIRED_GROWTH ; nn ; naudsynt vekst er 0 (startverdien er lik målverdien) og målet er ikkje nådd: forverring
      REQUIRED_GROWTH_NOT_FINITE ; en ; required growth is not a finite number
      REQUIRED_GROWTH_NOT_FINITE ; nb ; nødvendig vekst er ikke et endelig tall
      REQUIRED_GROWTH_NOT_FINITE ; nn ; naudsynt vekst er ikkje eit endeleg tal
      TARGET_BAND_WITHOUT_TARGET ; en ; direction target_band needs a target value
      TARGET_BAND_WITHOUT_TARGET ; nb ; retningen target_band trenger en målverdi
      TARGET_BAND_WITHOUT_TARGET ; nn ; retninga target_band treng ein målverdi
      TARGET_BAND_TARGET_NOT_POSITIVE ; en ; target_band needs a positive target value, got -2.5
      TARGET_BAND_TARGET_NOT_POSITIVE ; nb ; target_band trenger en positiv målverdi, fikk −2,5
      TARGET_BAND_TARGET_NOT_POSITIVE ; nn ; target_band treng ein positiv målverdi, fekk −2,5
      TARGET_BAND_TRANSFORMED ; en ; target_band: values transformed to T + |y − T| with T = 40.5 (Open SDG treatment of 5.5.1)
      TARGET_BAND_TRANSFORMED ; nb ; target_band: verdiene er gjort om til T + |y − T| med T = 40,5 (Open SDGs behandling av 5.5.1)
      TARGET_BAND_TRANSFORMED ; nn ; target_band: verdiane er gjorde om til T + |y − T| med T = 40,5 (Open SDG si handsaming av 5.5.1)
      BASE_PERIOD_MOVED ; en ; base period 2015 has no value: used 2016
      BASE_PERIOD_MOVED ; nb ; startperioden 2015 har ingen verdi: brukte 2016
      BASE_PERIOD_MOVED ; nn ; startperioden 2015 har ingen verdi: brukte 2016
      NO_VALUE ; en ; no value in series x for 3303
      NO_VALUE ; nb ; ingen verdi i serien x for 3303
      NO_VALUE ; nn ; ingen verdi i serien x for 3303
      NO_VALUE_FROM_BASE_PERIOD ; en ; no value at or after base period 2015
      NO_VALUE_FROM_BASE_PERIOD ; nb ; ingen verdi i eller etter startperioden 2015
      NO_VALUE_FROM_BASE_PERIOD ; nn ; ingen verdi i eller etter startperioden 2015
      """)
  void every_warning_is_written_in_the_readers_language(ProgressWarning.Kind kind, String tag, String expected) {
    ProgressWarning w = warning(kind);
    assertThat(w.text(Language.fromTag(tag).orElseThrow())).isEqualTo(expected);
    assertThat(w.code()).isEqualTo(kind.name().toLowerCase(java.util.Locale.ROOT));
  }

  @Test
  void every_kind_has_a_case_and_a_text_in_three_different_wordings() {
    Map<ProgressWarning.Kind, ProgressAssessment> cases = cases();
    assertThat(cases.keySet()).isEqualTo(EnumSet.allOf(ProgressWarning.Kind.class));
    for (ProgressWarning.Kind kind : ProgressWarning.Kind.values()) {
      ProgressWarning w = warning(kind);
      assertThat(w.text(Language.EN)).as(kind.name()).isNotEqualTo(w.text(Language.NB));
      assertThat(w.toString()).isEqualTo(w.text(Language.EN));
    }
  }

  @Test
  void warnings_of_the_same_input_are_equal_and_differ_by_their_numbers() {
    ProgressWarning a = warning(ProgressWarning.Kind.BELOW_MINIMUM_LIMIT);
    ProgressWarning b = CALC.assess(ProgressInput.of(Direction.LOWER_IS_BETTER, Y2015, 1.5, Y2023, 1.2)
        .withLimit(2.5)).warnings().get(0);
    ProgressWarning c = CALC.assess(ProgressInput.of(Direction.LOWER_IS_BETTER, Y2015, 1.5, Y2023, 1.2)
        .withLimit(3.5)).warnings().get(0);
    assertThat(b).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(c).isNotEqualTo(a);
    assertThat(c.text(Language.NB)).isEqualTo("startverdien 1,5 er under minstegrensen 3,5");
  }
}
