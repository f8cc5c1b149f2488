package io.github.livskraft.indicators.series;

import io.github.livskraft.sdg.Language;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.indicators.IndicatorException;
import io.github.livskraft.testing.Gen;
import io.github.livskraft.testing.PropertyTest;
import org.junit.jupiter.api.Test;

class PeriodTest {
  @Test
  void parses_ssb_time_codes_and_variants() {
    assertThat(Period.parse("2024")).isEqualTo(Period.year(2024));
    assertThat(Period.parse("2024K1")).isEqualTo(Period.quarter(2024, 1));
    assertThat(Period.parse("2024q3")).isEqualTo(Period.quarter(2024, 3));
    assertThat(Period.parse("2024M01")).isEqualTo(Period.month(2024, 1));
    assertThat(Period.parse("2024-12")).isEqualTo(Period.month(2024, 12));
    assertThat(Period.parse("2015-2016")).as("Open SDG ranged year: first year").isEqualTo(Period.year(2015));
    assertThat(Period.month(2024, 1)).hasToString("2024M01");
    assertThat(Period.quarter(2024, 2)).hasToString("2024K2");
  }

  @Test
  void rejects_bad_periods_with_code_and_both_languages() {
    assertThatThrownBy(() -> Period.parse("2024M13")).isInstanceOf(IndicatorException.class)
        .hasMessageContaining("IND-0004").hasMessageContaining("2024M13");
    assertThatThrownBy(() -> Period.parse("24")).hasMessageContaining("expected 2024, 2024K1 or 2024M01")
        .isInstanceOfSatisfying(IndicatorException.class,
            e -> assertThat(e.getMessage(Language.NB)).contains("forventet 2024, 2024K1 eller 2024M01"));
    assertThatThrownBy(() -> Period.quarter(2024, 5)).isInstanceOf(IndicatorException.class);
  }

  @Test
  void arithmetic_and_order() {
    assertThat(Period.month(2024, 12).plus(1)).isEqualTo(Period.month(2025, 1));
    assertThat(Period.quarter(2024, 1).plus(-1)).isEqualTo(Period.quarter(2023, 4));
    assertThat(Period.quarter(2024, 3).yearsSince(Period.quarter(2024, 1))).isEqualTo(0.5);
    assertThat(Period.year(2023)).isLessThan(Period.year(2024));
  }

  @PropertyTest
  void parse_of_toString_round_trips(Gen g) {
    Period p = period(g);
    assertThat(Period.parse(p.toString())).isEqualTo(p);
  }

  @PropertyTest
  void plus_then_minus_is_identity(Gen g) {
    Period p = period(g);
    int n = g.intBetween(-500, 500);
    assertThat(p.plus(n).plus(-n)).isEqualTo(p);
    assertThat(p.plus(n).compareTo(p)).isEqualTo(Integer.signum(n));
  }

  /** A year, quarter or month (equally often) in 1900..2100. */
  private static Period period(Gen g) {
    int year = g.intBetween(1900, 2100);
    return switch (g.intBetween(0, 2)) {
      case 0 -> Period.year(year);
      case 1 -> Period.quarter(year, g.intBetween(1, 4));
      default -> Period.month(year, g.intBetween(1, 12));
    };
  }
}
