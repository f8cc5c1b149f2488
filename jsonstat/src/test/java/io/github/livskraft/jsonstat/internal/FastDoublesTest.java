package io.github.livskraft.jsonstat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class FastDoublesTest {

  private static double parse(String s) {
    char[] buf = ("xx" + s + "yy").toCharArray();
    return FastDoubles.parse(buf, 2, s.length());
  }

  @Property(tries = 3000)
  void agreesWithDoubleParseDoubleOnAnyDouble(@ForAll double d) {
    if (Double.isFinite(d)) {
      String s = Double.toString(d);
      assertThat(Double.doubleToLongBits(parse(s))).isEqualTo(Double.doubleToLongBits(Double.parseDouble(s)));
      String plain = new BigDecimal(s).toPlainString();
      assertThat(parse(plain)).isEqualTo(Double.parseDouble(plain));
    }
  }

  @Property(tries = 3000)
  void agreesOnDecimalFractions(@ForAll @LongRange(min = -99_999_999_999L, max = 99_999_999_999L) long mantissa,
      @ForAll @IntRange(min = 0, max = 25) int scale) {
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
