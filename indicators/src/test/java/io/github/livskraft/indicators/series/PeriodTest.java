package io.github.livskraft.indicators.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.indicators.IndicatorException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
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
        .hasMessageContaining("forventet");
    assertThatThrownBy(() -> Period.quarter(2024, 5)).isInstanceOf(IndicatorException.class);
  }

  @Test
  void arithmetic_and_order() {
    assertThat(Period.month(2024, 12).plus(1)).isEqualTo(Period.month(2025, 1));
    assertThat(Period.quarter(2024, 1).plus(-1)).isEqualTo(Period.quarter(2023, 4));
    assertThat(Period.quarter(2024, 3).yearsSince(Period.quarter(2024, 1))).isEqualTo(0.5);
    assertThat(Period.year(2023)).isLessThan(Period.year(2024));
  }

  @Property
  void parse_of_toString_round_trips(@ForAll("periods") Period p) {
    assertThat(Period.parse(p.toString())).isEqualTo(p);
  }

  @Property
  void plus_then_minus_is_identity(@ForAll("periods") Period p, @ForAll @IntRange(min = -500, max = 500) int n) {
    assertThat(p.plus(n).plus(-n)).isEqualTo(p);
    assertThat(p.plus(n).compareTo(p)).isEqualTo(Integer.signum(n));
  }

  @Provide
  Arbitrary<Period> periods() {
    Arbitrary<Integer> years = Arbitraries.integers().between(1900, 2100);
    return Arbitraries.oneOf(years.map(Period::year),
        Combinators.combine(years, Arbitraries.integers().between(1, 4)).as(Period::quarter),
        Combinators.combine(years, Arbitraries.integers().between(1, 12)).as(Period::month));
  }
}
