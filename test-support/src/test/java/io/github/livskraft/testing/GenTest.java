package io.github.livskraft.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;

class GenTest {
  @Test
  void sameSeedSameValues() {
    Gen a = Gen.of(42);
    Gen b = Gen.of(42);
    for (int i = 0; i < 100; i++) {
      assertThat(a.intBetween(-5, 1000)).isEqualTo(b.intBetween(-5, 1000));
      assertThat(Double.doubleToRawLongBits(a.anyDouble())).isEqualTo(Double.doubleToRawLongBits(b.anyDouble()));
      assertThat(a.anyString(20)).isEqualTo(b.anyString(20));
    }
  }

  @Test
  void rangesAreInclusiveAndTheirEdgesAreDrawn() {
    Gen g = Gen.of(7);
    Set<Integer> ints = new HashSet<>();
    Set<Double> doubles = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      int n = g.intBetween(3, 1_000_000);
      assertThat(n).isBetween(3, 1_000_000);
      ints.add(n);
      double d = g.doubleBetween(-0.5, 0.5);
      assertThat(d).isBetween(-0.5, 0.5);
      doubles.add(d);
      assertThat(g.longBetween(Long.MAX_VALUE - 1, Long.MAX_VALUE)).isGreaterThanOrEqualTo(Long.MAX_VALUE - 1);
      assertThat(g.string(1, 4, "ab")).hasSizeBetween(1, 4).matches("[ab]+");
      assertThat(g.list(2, 3, x -> x.bool())).hasSizeBetween(2, 3);
    }
    assertThat(ints).contains(3, 1_000_000);
    assertThat(doubles).contains(-0.5, 0.5, 0.0);
  }

  @Test
  void anyDoubleReachesTheSpecialValues() {
    Gen g = Gen.of(1);
    Set<Double> seen = new HashSet<>();
    for (int i = 0; i < 5000; i++) {
      seen.add(g.anyDouble());
    }
    assertThat(seen).contains(Double.NaN, Double.POSITIVE_INFINITY, Double.MAX_VALUE, Double.MIN_VALUE, -0.0);
  }

  @Test
  void seedsPrintAndParseBack() {
    Gen g = Gen.of(-123456789L);
    assertThat(g).hasToString("seed=0x" + Long.toHexString(-123456789L));
    assertThat(GenCasesProvider.parseSeed(g.toString().substring("seed=".length()))).isEqualTo(-123456789L);
    assertThat(GenCasesProvider.parseSeed("17")).isEqualTo(17L);
    assertThat(Gen.of(5).pick(List.of("x"))).isEqualTo("x");
  }

  private static final Set<Long> SEEN = new HashSet<>();

  @PropertyTest(cases = 50, seed = 99)
  void eachCaseHasItsOwnSeed(Gen g) {
    synchronized (SEEN) {
      assertThat(SEEN.add(g.seed())).as("seed %s used twice", g).isTrue();
    }
  }

  @Test
  void aFailingCaseNamesItsSeedAndHowToRerunIt() throws Exception {
    java.lang.reflect.Method method = GenTest.class.getDeclaredMethod("eachCaseHasItsOwnSeed", Gen.class);
    ExtensionContext context = (ExtensionContext) java.lang.reflect.Proxy.newProxyInstance(
        GenTest.class.getClassLoader(), new Class<?>[] {ExtensionContext.class}, (proxy, m, args) -> switch (m.getName()) {
          case "getDisplayName" -> "seed=0x2a";
          case "getTestMethod" -> java.util.Optional.of(method);
          default -> throw new UnsupportedOperationException(m.getName());
        });
    AssertionError original = new AssertionError("expected 1 but was 2");
    assertThatThrownBy(() -> new SeedInFailure().handleTestExecutionException(context, original))
        .isInstanceOf(AssertionError.class).hasCause(original)
        .hasMessageContaining("seed=0x2a")
        .hasMessageContaining("-Dtest=GenTest#eachCaseHasItsOwnSeed -Dlivskraft.gen.seed=0x2a")
        .hasMessageContaining("expected 1 but was 2");
  }
}
