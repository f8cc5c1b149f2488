package io.github.livskraft.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.testing.Gen;
import io.github.livskraft.testing.PropertyTest;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorCodeTest {

  @Test
  void parse_canonical() {
    IndicatorCode c = IndicatorCode.parse("11.6.1");
    assertThat(c.target()).isEqualTo(TargetCode.of(11, 6));
    assertThat(c.number()).isEqualTo(1);
    assertThat(c.goal()).isEqualTo(GoalCode.of(11));
    assertThat(IndicatorCode.parse("1.a.2")).isEqualTo(IndicatorCode.of(TargetCode.of(1, 'a'), 2));
    assertThat(IndicatorCode.parse("17.10.1")).hasToString("17.10.1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " 11.6.1", "11.6.1 ", "11.6", "11.6.0", "11.6.100", "18.1.1", "11.06.1", "11.A.1",
      "11-6-1", "11.6.1.1", "11.6.", ".6.1", "11..1"})
  void parse_badInput_throwsInvalidCodeNamingTheInputAndForm(String input) {
    assertThatThrownBy(() -> IndicatorCode.parse(input))
        .isInstanceOf(InvalidCodeException.class)
        .hasMessageContaining("SDG-0003")
        .hasMessageContaining("'" + input + "'")
        .hasMessageContaining("goal.target.number");
  }

  @Test
  void parse_null_throwsInvalidCode() {
    assertThatThrownBy(() -> IndicatorCode.parse(null)).isInstanceOf(InvalidCodeException.class);
  }

  @Test
  void of_badNumber_throws() {
    assertThatThrownBy(() -> IndicatorCode.of(TargetCode.of(1, 1), 0)).isInstanceOf(InvalidCodeException.class)
        .hasMessageContaining("'1.1.0'");
    assertThatThrownBy(() -> IndicatorCode.of(null, 1)).isInstanceOf(NullPointerException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Indicator 11.6.1", "11.06.01", "11-6-1", "SDG 11.6.1", " 11.6.1 ", "indikator 11.6.1"})
  void parseLenient_acceptsCommonForms(String input) {
    assertThat(IndicatorCode.parseLenient(input)).isEqualTo(IndicatorCode.parse("11.6.1"));
  }

  @Test
  void order() {
    assertThat(IndicatorCode.parse("1.5.1")).isLessThan(IndicatorCode.parse("1.a.1"));
    assertThat(IndicatorCode.parse("17.9.1")).isLessThan(IndicatorCode.parse("17.10.1"));
    assertThat(IndicatorCode.parse("1.1.2")).isLessThan(IndicatorCode.parse("1.1.10"));
  }

  /** Any well-formed indicator: a {@link TargetCodeTest#target target} and a number 1..99. */
  static IndicatorCode indicator(Gen g) {
    return new IndicatorCode(TargetCodeTest.target(g), g.intBetween(1, 99));
  }

  @PropertyTest
  void toString_roundTrips(Gen g) {
    IndicatorCode c = indicator(g);
    assertThat(IndicatorCode.parse(c.toString())).isEqualTo(c);
    assertThat(IndicatorCode.parseLenient("Indicator " + c)).isEqualTo(c);
  }

  @PropertyTest
  void order_followsTargetThenNumber(Gen g) {
    IndicatorCode a = indicator(g);
    // a third of the pairs share the target, so that the number decides
    IndicatorCode b = g.intBetween(0, 2) == 0 ? new IndicatorCode(a.target(), g.intBetween(1, 99)) : indicator(g);
    int t = a.target().compareTo(b.target());
    int expected = t != 0 ? t : Integer.compare(a.number(), b.number());
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(expected));
  }

  @Test
  void equalsContract() {
    EqualsVerifier.forClass(IndicatorCode.class).withPrefabValuesForField("number", 1, 2).verify();
  }
}
