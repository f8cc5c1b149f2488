package io.github.livskraft.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

  @Provide
  Arbitrary<TargetCode> targets() {
    Arbitrary<Integer> goal = Arbitraries.integers().between(1, 17);
    Arbitrary<TargetSuffix> suffix = Arbitraries.oneOf(
        Arbitraries.integers().between(1, 99).map(TargetSuffix.Numeric::new),
        Arbitraries.chars().range('a', 'z').map(TargetSuffix.Letter::new));
    return Combinators.combine(goal, suffix).as((g, s) -> new TargetCode(GoalCode.of(g), s));
  }

  @Property
  void toString_roundTrips(@ForAll("targets") TargetCode t) {
    assertThat(TargetCode.parse(t.toString())).isEqualTo(t);
    assertThat(TargetCode.parseLenient("Target " + t.toString().replace('.', '-'))).isEqualTo(t);
  }

  @Property
  void order_isConsistentWithEquals(@ForAll("targets") TargetCode a, @ForAll("targets") TargetCode b) {
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
  }

  @Property
  void order_numericSuffixAlwaysBeforeLetter(@ForAll("targets") TargetCode a, @ForAll("targets") TargetCode b) {
    if (a.goal().equals(b.goal()) && !a.isLetter() && b.isLetter()) {
      assertThat(a).isLessThan(b);
    }
  }

  @Test
  void equalsContract() {
    EqualsVerifier.forClass(TargetCode.class).verify();
  }
}
