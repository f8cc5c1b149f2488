package io.github.livskraft.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class TargetSuffixTest {

  @Test
  void ranges() {
    assertThatThrownBy(() -> new TargetSuffix.Numeric(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TargetSuffix.Numeric(100)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TargetSuffix.Letter('A')).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'A'");
    assertThat(new TargetSuffix.Letter('z')).hasToString("z");
    assertThat(new TargetSuffix.Numeric(10)).hasToString("10");
  }

  @Test
  void order_numbersBeforeLetters() {
    TargetSuffix n99 = new TargetSuffix.Numeric(99);
    TargetSuffix n9 = new TargetSuffix.Numeric(9);
    TargetSuffix n10 = new TargetSuffix.Numeric(10);
    TargetSuffix a = new TargetSuffix.Letter('a');
    TargetSuffix b = new TargetSuffix.Letter('b');
    assertThat(n99.compareTo(a)).isNegative();
    assertThat(a.compareTo(n99)).isPositive();
    assertThat(n9.compareTo(n10)).isNegative();
    assertThat(a.compareTo(b)).isNegative();
    assertThat(new TargetSuffix.Letter('a').isLetter()).isTrue();
    assertThat(new TargetSuffix.Numeric(1).isLetter()).isFalse();
  }

  @Test
  void equalsContract() {
    EqualsVerifier.forClass(TargetSuffix.Numeric.class).withPrefabValuesForField("value", 1, 2).verify();
    EqualsVerifier.forClass(TargetSuffix.Letter.class).withPrefabValuesForField("value", 'a', 'b').verify();
  }
}
