package io.github.livskraft.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.testing.Gen;
import io.github.livskraft.testing.PropertyTest;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberTextTest {
  private static final String NBSP = "\u00a0";
  private static final Pattern NORWEGIAN = Pattern.compile(
      "\u2212?(\\d{1,4}|\\d{2,3}(\u00a0\\d{3})+|\\d(\u00a0\\d{3}){2,})(,\\d+)?");
  private static final Pattern ENGLISH = Pattern.compile(
      "-?(\\d{1,4}|\\d{2,3}(,\\d{3})+|\\d(,\\d{3}){2,})(\\.\\d+)?");

  @ParameterizedTest(name = "{0} with {1} decimals: nb {2}, en {3}")
  @CsvSource(delimiter = '|', value = {
      "85.2        | 1 | 85,2          | 85.2",
      "0.852       | 3 | 0,852         | 0.852",
      "1234.5      | 1 | 1234,5        | 1234.5",
      "12345       | 0 | 12_345        | 12,345",
      "1100000     | 1 | 1_100_000,0   | 1,100,000.0",
      "-0.4        | 1 | −0,4          | -0.4",
      "-12345.678  | 2 | −12_345,68    | -12,345.68",
      "9999.95     | 1 | 10_000,0      | 10,000.0",
      "999.95      | 1 | 1000,0        | 1000.0",
      "2.675       | 2 | 2,68          | 2.68",
      "0.125       | 2 | 0,13          | 0.13",
      "1.005       | 2 | 1,01          | 1.01",
      "-2.5        | 0 | −3            | -3",
      "2.5         | 0 | 3             | 3",
      "-0.0        | 1 | 0,0           | 0.0",
      "-0.04       | 1 | 0,0           | 0.0",
      "1e-7        | 2 | 0,00          | 0.00",
      "1.0E10      | 0 | 10_000_000_000 | 10,000,000,000"})
  void examples(double value, int decimals, String nb, String en) {
    assertThat(NumberText.fixed(value, decimals, Language.NB)).isEqualTo(nb.replace("_", NBSP));
    assertThat(NumberText.fixed(value, decimals, Language.NN)).isEqualTo(nb.replace("_", NBSP));
    assertThat(NumberText.fixed(value, decimals, Language.EN)).isEqualTo(en);
  }

  @Test
  void nonFiniteValuesAreWrittenAsAnEnDash() {
    for (double v : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      for (Language l : Language.values()) {
        assertThat(NumberText.fixed(v, 1, l)).isEqualTo("–").isEqualTo(NumberText.NO_VALUE);
        assertThat(NumberText.signed(v, 1, l)).isEqualTo("–");
        assertThat(NumberText.percent(v, 1, l)).isEqualTo("–");
        assertThat(NumberText.signedPercent(v, 1, l)).isEqualTo("–");
      }
    }
  }

  @Test
  void aNegativeNumberOfDecimalsIsRefusedWithACode() {
    assertThatThrownBy(() -> NumberText.fixed(1, -1, Language.NB)).isInstanceOfSatisfying(
        CodedArgumentException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(SdgErrorCode.INVALID_ARGUMENT);
          assertThat(e.getMessage()).contains("decimals").contains("-1");
          assertThat(e.getMessage(Language.NN)).contains("decimals").isNotEqualTo(e.getMessage());
        });
    assertThatThrownBy(() -> NumberText.percent(1, -2, Language.EN)).isInstanceOf(IllegalArgumentException.class);
    assertThat(NumberText.fixed(1, 20, Language.EN)).isEqualTo("1.00000000000000000000");
  }

  @Test
  void signsAndPercentages() {
    assertThat(NumberText.signedPercent(0.71, 1, Language.NB)).isEqualTo("+0,7" + NBSP + "%");
    assertThat(NumberText.signedPercent(0.71, 1, Language.EN)).isEqualTo("+0.7" + NBSP + "%");
    assertThat(NumberText.signedPercent(-0.01, 1, Language.NB)).isEqualTo("0,0" + NBSP + "%");
    assertThat(NumberText.signedPercent(-1.25, 1, Language.NN)).isEqualTo("−1,3" + NBSP + "%");
    assertThat(NumberText.percent(85.2, 1, Language.NN)).isEqualTo("85,2" + NBSP + "%");
    assertThat(NumberText.signed(0.04, 1, Language.EN)).isEqualTo("0.0");
    assertThat(NumberText.signed(12345, 0, Language.EN)).isEqualTo("+12,345");
  }

  @Test
  void exactDecimalsKeepTheirOwnDecimals() {
    assertThat(NumberText.of(new BigDecimal("1500000"), Language.NB)).isEqualTo("1" + NBSP + "500" + NBSP + "000");
    assertThat(NumberText.of(new BigDecimal("1E+3"), Language.EN)).isEqualTo("1000");
    assertThat(NumberText.of(new BigDecimal("12.50"), Language.NN)).isEqualTo("12,5");
    assertThat(NumberText.of(new BigDecimal("-0.000"), Language.NB)).isEqualTo("0");
    assertThat(NumberText.of(new BigDecimal("-7.25"), Language.NB)).isEqualTo("−7,25");
  }

  /** Any finite double in every magnitude: the text has the shape of its language and reads back to the value. */
  @PropertyTest(cases = 500)
  void norwegianAndEnglishTextReadBackToTheHalfUpRoundedNumber(Gen g) {
    double v = g.anyDouble();
    if (!Double.isFinite(v) || Math.abs(v) > 1e30) {
      v = g.doubleBetween(-1e7, 1e7);
    }
    int decimals = g.intBetween(0, 6);
    String nb = NumberText.fixed(v, decimals, Language.NB);
    String en = NumberText.fixed(v, decimals, Language.EN);
    assertThat(NumberText.fixed(v, decimals, Language.NN)).isEqualTo(nb);
    assertThat(nb).matches(NORWEGIAN).doesNotContain(".").doesNotContain("-");
    assertThat(en).matches(ENGLISH).doesNotContain(NBSP).doesNotContain("\u2212");
    BigDecimal fromNb = new BigDecimal(nb.replace(NBSP, "").replace('\u2212', '-').replace(',', '.'));
    BigDecimal fromEn = new BigDecimal(en.replace(",", ""));
    assertThat(fromNb.scale()).isEqualTo(decimals);
    assertThat(fromNb).isEqualTo(fromEn);
    // the JDK's Formatter also rounds the shortest decimal text half-up: an independent oracle
    BigDecimal oracle = new BigDecimal(String.format(Locale.ROOT, "%." + decimals + "f", v));
    assertThat(fromNb.compareTo(oracle)).as("%s with %d decimals: %s vs %s", v, decimals, nb, oracle).isZero();
    if (fromNb.signum() == 0) {
      assertThat(nb).doesNotStartWith("\u2212");
      assertThat(en).doesNotStartWith("-");
    }
    String signed = NumberText.signed(v, decimals, Language.NB);
    assertThat(signed).isEqualTo(fromNb.signum() > 0 ? "+" + nb : nb);
  }
}
