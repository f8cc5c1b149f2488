package io.github.livskraft.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoalCodeTest {

  @Test
  void of_and_parse_giveTheSameCachedInstance() {
    assertThat(GoalCode.parse("11")).isSameAs(GoalCode.of(11));
    assertThat(GoalCode.of(11).number()).isEqualTo(11);
    assertThat(GoalCode.all()).hasSize(17).first().isEqualTo(GoalCode.of(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"18", "0", "", " 11", "11 ", "011", "1.1", "-1", "x", "1a", "１１"})
  void parse_badInput_throwsInvalidCodeNamingTheInput(String input) {
    assertThatThrownBy(() -> GoalCode.parse(input))
        .isInstanceOf(InvalidCodeException.class)
        .hasMessageContaining("SDG-0001")
        .hasMessageContaining("'" + input + "'")
        .hasMessageContaining("1 to 17")
        .satisfies(e -> assertThat(((InvalidCodeException) e).input()).isEqualTo(input));
  }

  @Test
  void parse_null_throwsInvalidCode() {
    assertThatThrownBy(() -> GoalCode.parse(null)).isInstanceOf(InvalidCodeException.class)
        .hasMessageContaining("'null'");
  }

  @Test
  void of_outOfRange_throws() {
    assertThatThrownBy(() -> GoalCode.of(0)).isInstanceOf(InvalidCodeException.class);
    assertThatThrownBy(() -> GoalCode.of(18)).isInstanceOf(InvalidCodeException.class)
        .hasMessageContaining("'18'");
  }

  @Test
  void parse_error_hasNorwegianMessage() {
    InvalidCodeException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidCodeException.class,
        () -> GoalCode.parse("18"));
    assertThat(e.getMessage(Locale.forLanguageTag("nb"))).startsWith("SDG-0001: Ugyldig kode for bærekraftsmål '18'");
    assertThat(e.errorCode()).isEqualTo(SdgErrorCode.INVALID_GOAL_CODE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SDG 11", "sdg11", "Goal 11", "mål 11", " 11 ", "#11", "SDG-11", "11", "011", "Bærekraftsmål 11"})
  void parseLenient_acceptsCommonForms(String input) {
    assertThat(GoalCode.parseLenient(input)).isEqualTo(GoalCode.of(11));
  }

  @ParameterizedTest
  @ValueSource(strings = {"SDG 18", "", "SDG", "goal eleven", "11.6"})
  void parseLenient_rejectsNonGoals(String input) {
    assertThatThrownBy(() -> GoalCode.parseLenient(input)).isInstanceOf(InvalidCodeException.class);
  }

  // The domain is 17 goals: every goal and every pair is checked (exhaustive, stronger than sampling).
  @ParameterizedTest
  @MethodSource("goals")
  void toString_roundTrips(int n) {
    GoalCode g = GoalCode.of(n);
    assertThat(GoalCode.parse(g.toString())).isEqualTo(g);
    assertThat(GoalCode.parseLenient("SDG " + g)).isEqualTo(g);
  }

  static java.util.stream.IntStream goals() {
    return java.util.stream.IntStream.rangeClosed(1, 17);
  }

  @ParameterizedTest
  @MethodSource("goals")
  void order_isNumeric(int a) {
    for (int b = 1; b <= 17; b++) {
      assertThat(Integer.signum(GoalCode.of(a).compareTo(GoalCode.of(b))))
          .as("%d vs %d", a, b).isEqualTo(Integer.signum(Integer.compare(a, b)));
    }
  }

  @Test
  void equalsContract() {
    EqualsVerifier.forClass(GoalCode.class).withPrefabValuesForField("number", 1, 2).verify();
  }
}
