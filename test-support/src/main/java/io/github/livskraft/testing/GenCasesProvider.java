package io.github.livskraft.testing;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclarations;

/** The cases of a {@link PropertyTest}: one {@link Gen} per case, seeded deterministically. */
public final class GenCasesProvider implements ArgumentsProvider, AnnotationConsumer<PropertyTest> {
  /** Runs only this seed (decimal, or hex with {@code 0x}), as printed in a failing case's name. */
  public static final String SEED_PROPERTY = "livskraft.gen.seed";
  /** Shifts every base seed, to explore other inputs than the build's. */
  public static final String BASE_PROPERTY = "livskraft.gen.base";
  /** Multiplies every case count. */
  public static final String SCALE_PROPERTY = "livskraft.gen.scale";

  private int cases = 1000;
  private long seed;

  @Override
  public void accept(PropertyTest annotation) {
    if (annotation.cases() < 1) {
      throw new IllegalArgumentException("@PropertyTest(cases) must be at least 1, was " + annotation.cases());
    }
    this.cases = annotation.cases();
    this.seed = annotation.seed();
  }

  @Override
  public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
    Optional<String> only = Optional.ofNullable(System.getProperty(SEED_PROPERTY)).map(String::strip);
    if (only.isPresent()) {
      return Stream.of(Arguments.of(Gen.of(parseSeed(only.get()))));
    }
    long base = (seed != 0 ? seed : nameSeed(context)) + parseSeed(System.getProperty(BASE_PROPERTY, "0"));
    long n = (long) cases * Integer.parseInt(System.getProperty(SCALE_PROPERTY, "1"));
    return LongStream.range(0, n).mapToObj(i -> Arguments.of(Gen.of(Gen.mix(base + i * 0x9E3779B97F4A7C15L))));
  }

  /** Decimal, or hexadecimal with {@code 0x} read as the unsigned 64 bits that {@link Gen#toString()} prints. */
  static long parseSeed(String text) {
    String t = text.strip();
    if (t.startsWith("0x") || t.startsWith("0X")) {
      return Long.parseUnsignedLong(t.substring(2), 16);
    }
    return Long.parseLong(t);
  }

  private static long nameSeed(ExtensionContext context) {
    Method m = context.getRequiredTestMethod();
    String name = m.getDeclaringClass().getName() + "#" + m.getName();
    long h = 1125899906842597L;
    for (int i = 0; i < name.length(); i++) {
      h = 31 * h + name.charAt(i);
    }
    return Gen.mix(h);
  }
}
