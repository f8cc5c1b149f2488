package io.github.livskraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.sdg.Language;
import java.math.BigDecimal;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Numbers in text output: decimal comma, thousands space and minus sign in bokmål and nynorsk; plain in English. */
class NumbersTest {
  @Test
  void norwegianHasADecimalCommaAThousandsSpaceAndAMinusSign() {
    assertThat(Numbers.fixed(85.2, 1, Language.NB)).isEqualTo("85,2");
    assertThat(Numbers.fixed(85.2, 1, Language.NN)).isEqualTo("85,2");
    assertThat(Numbers.fixed(85.2, 1, Language.EN)).isEqualTo("85.2");
    assertThat(Numbers.fixed(1_100_000, 0, Language.NB)).isEqualTo("1\u00a0100\u00a0000");
    assertThat(Numbers.fixed(1_100_000, 0, Language.EN)).isEqualTo("1100000");
    assertThat(Numbers.fixed(-0.4, 1, Language.NN)).isEqualTo("\u22120,4");
    assertThat(Numbers.fixed(-0.4, 1, Language.EN)).isEqualTo("-0.4");
    assertThat(Numbers.fixed(1.25, 2, Language.NB)).isEqualTo("1,25");
    assertThat(Numbers.fixed(86.25, 1, Language.NB)).as("half up, as String.format").isEqualTo("86,3");
    assertThat(Numbers.percent(0.852, 1, Language.NB)).isEqualTo("85,2");
    assertThat(Numbers.percent(0.007, 1, Language.NB)).isEqualTo("0,7");
  }

  @Test
  void aValueThatRoundsToZeroHasNoSignAndNaNIsADash() {
    assertThat(Numbers.fixed(-0.004, 2, Language.NB)).isEqualTo("0,00");
    assertThat(Numbers.fixed(-0.04, 1, Language.EN)).isEqualTo("0.0");
    assertThat(Numbers.fixed(Double.NaN, 1, Language.NB)).isEqualTo("\u2013");
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  /** The Norwegian text, read back with a point and without the spaces, is the English text: the same number. */
  @ParameterizedTest
  @MethodSource("seeds")
  void norwegianAndEnglishTextAreTheSameNumber(long seed) {
    Random random = new Random(seed);
    double value = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(9));
    int decimals = random.nextInt(4);
    String english = Numbers.fixed(value, decimals, Language.EN);
    for (Language l : new Language[] {Language.NB, Language.NN}) {
      String norwegian = Numbers.fixed(value, decimals, l);
      assertThat(norwegian).doesNotContain(".").doesNotContain("-");
      String back = norwegian.replace("\u00a0", "").replace('\u2212', '-').replace(',', '.');
      assertThat(new BigDecimal(back)).as("%s → %s", value, norwegian).isEqualByComparingTo(new BigDecimal(english));
      assertThat(norwegian.indexOf(',') < 0 ? 0 : norwegian.length() - norwegian.indexOf(',') - 1)
          .isEqualTo(decimals);
    }
  }
}
