package io.github.livskraft.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import io.github.livskraft.testing.Gen;
import io.github.livskraft.testing.PropertyTest;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetCodeTest {

  @Test
  void parse_numericAndLetter() {
    assertThat(TargetCode.parse("11.6")).isEqualTo(TargetCode.of(11, 6));
    assertThat(TargetCode.parse("17.10").suffix()).isEqualTo(new TargetSuffix.Numeric(10));
    assertThat(TargetCode.parse("1.a")).isEqualTo(TargetCode.of(1, 'a'));
    assertThat(TargetCode.parse("1.a").isLetter()).isTrue();
    assertThat(TargetCode.parse("11.6").goal()).isEqualTo(GoalCode.of(11));
  }

  @Test
  void parse_unknownButWellFormed_isAccepted() {
    // "1.z" has the form of a target; that it does not exist is the catalogue's business (UnknownCodeException)
    assertThat(TargetCode.parse("1.z")).hasToString("1.z");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " 11.6", "11.6 ", "11.6.9", "18.1", "0.1", "11", "11.", ".6", "11.06", "11.A",
      "11-6", "11.ab", "11.0", "11.100", "a.1", "11..6"})
  void parse_badInput_throwsInvalidCodeNamingTheInputAndForm(String input) {
    assertThatThrownBy(() -> TargetCode.parse(input))
        .isInstanceOf(InvalidCodeException.class)
        .hasMessageContaining("SDG-0002")
        .hasMessageContaining("'" + input + "'")
        .hasMessageContaining("goal.number or goal.letter");
  }

  @Test
  void parse_null_throwsInvalidCode() {
    assertThatThrownBy(() -> TargetCode.parse(null)).isInstanceOf(InvalidCodeException.class)
        .hasMessageContaining("'null'");
  }

  @Test
  void of_outOfRange_throws() {
    assertThatThrownBy(() -> TargetCode.of(11, 0)).isInstanceOf(InvalidCodeException.class);
    assertThatThrownBy(() -> TargetCode.of(11, 100)).isInstanceOf(InvalidCodeException.class);
    assertThatThrownBy(() -> TargetCode.of(18, 1)).isInstanceOf(InvalidCodeException.class);
    assertThatThrownBy(() -> TargetCode.of(11, 'A')).isInstanceOf(InvalidCodeException.class);
    assertThatThrownBy(() -> new TargetCode(null, new TargetSuffix.Numeric(1)))
        .isInstanceOf(NullPointerException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SDG 11.6", "Target 11.6", "11.06", "11-6", "11_6", " 11.6 ", "delmål 11.6", "11 6"})
  void parseLenient_acceptsCommonForms(String input) {
    assertThat(TargetCode.parseLenient(input)).isEqualTo(TargetCode.of(11, 6));
  }

  @Test
  void parseLenient_upperCaseLetter() {
    assertThat(TargetCode.parseLenient("17.A")).isEqualTo(TargetCode.of(17, 'a'));
  }

  @ParameterizedTest
  @ValueSource(strings = {"11.6.9", "18.1", "11", ""})
  void parseLenient_rejectsNonTargets(String input) {
    assertThatThrownBy(() -> TargetCode.parseLenient(input)).isInstanceOf(InvalidCodeException.class);
  }

  @Test
  void order_numbersBeforeLettersAndNumeric() {
    assertThat(TargetCode.parse("1.5")).isLessThan(TargetCode.parse("1.a"));
    assertThat(TargetCode.parse("17.9")).isLessThan(TargetCode.parse("17.10"));
    assertThat(TargetCode.parse("8.2")).isLessThan(TargetCode.parse("8.10"));
    assertThat(TargetCode.parse("1.b")).isLessThan(TargetCode.parse("2.1"));
    List<TargetCode> codes = new ArrayList<>(List.of(TargetCode.parse("17.10"), TargetCode.parse("1.a"),
        TargetCode.parse("17.9"), TargetCode.parse("1.5"), TargetCode.parse("10.1")));
    Collections.sort(codes);
    assertThat(codes).extracting(TargetCode::toString).containsExactly("1.5", "1.a", "10.1", "17.9", "17.10");
  }

  /** Any well-formed target: goal 1..17, numeric suffix 1..99 or letter a..z. */
  static TargetCode target(Gen g) {
    TargetSuffix suffix = g.bool() ? new TargetSuffix.Numeric(g.intBetween(1, 99))
        : new TargetSuffix.Letter(g.charBetween('a', 'z'));
    return new TargetCode(GoalCode.of(g.intBetween(1, 17)), suffix);
  }

  @PropertyTest
  void toString_roundTrips(Gen g) {
    TargetCode t = target(g);
    assertThat(TargetCode.parse(t.toString())).isEqualTo(t);
    assertThat(TargetCode.parseLenient("Target " + t.toString().replace('.', '-'))).isEqualTo(t);
  }

  @PropertyTest
  void order_isConsistentWithEquals(Gen g) {
    TargetCode a = target(g);
    TargetCode b = g.chance(0.1) ? a : target(g);
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
  }

  @PropertyTest
  void order_numericSuffixAlwaysBeforeLetter(Gen g) {
    // same goal, so that every case tests the property (two independent targets seldom share one)
    GoalCode goal = GoalCode.of(g.intBetween(1, 17));
    TargetCode a = new TargetCode(goal, new TargetSuffix.Numeric(g.intBetween(1, 99)));
    TargetCode b = new TargetCode(goal, new TargetSuffix.Letter(g.charBetween('a', 'z')));
    assertThat(a).isLessThan(b);
    assertThat(b).isGreaterThan(a);
  }

  @Test
  void equalsContract() {
    EqualsVerifier.forClass(TargetCode.class).verify();
  }
}
