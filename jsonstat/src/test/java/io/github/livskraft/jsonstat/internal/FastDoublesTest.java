package io.github.livskraft.jsonstat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import io.github.livskraft.testing.Gen;
import io.github.livskraft.testing.PropertyTest;
import org.junit.jupiter.api.Test;

class FastDoublesTest {

  private static double parse(String s) {
    char[] buf = ("xx" + s + "yy").toCharArray();
    return FastDoubles.parse(buf, 2, s.length());
  }

  @PropertyTest(cases = 3000)
  void agreesWithDoubleParseDoubleOnAnyDouble(Gen g) {
    double d = g.anyDouble();
    if (Double.isFinite(d)) {
      String s = Double.toString(d);
      assertThat(Double.doubleToLongBits(parse(s))).isEqualTo(Double.doubleToLongBits(Double.parseDouble(s)));
      String plain = new BigDecimal(s).toPlainString();
      assertThat(parse(plain)).isEqualTo(Double.parseDouble(plain));
    }
  }

  @PropertyTest(cases = 3000)
  void agreesOnDecimalFractions(Gen g) {
    long mantissa = g.longBetween(-99_999_999_999L, 99_999_999_999L);
    int scale = g.intBetween(0, 25);
    String s = BigDecimal.valueOf(mantissa, scale).toPlainString();
    assertThat(parse(s)).isEqualTo(Double.parseDouble(s));
    String e = mantissa + "e-" + scale;
    assertThat(parse(e)).isEqualTo(Double.parseDouble(e));
  }

  @Test
  void edgeCases() {
    for (String s : new String[] {"0", "-0", "-0.0", "1e22", "1e23", "9007199254740993", "123456789012345678",
        "0.30000000000000004", "4.9e-324", "1.7976931348623157e308", "2.2250738585072014E-308", "1E+2", "100e-2"}) {
      assertThat(Double.doubleToLongBits(parse(s))).as(s).isEqualTo(Double.doubleToLongBits(Double.parseDouble(s)));
    }
  }
}
