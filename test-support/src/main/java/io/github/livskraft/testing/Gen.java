package io.github.livskraft.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A seeded source of test inputs for one case of a {@link PropertyTest}. Its {@link #toString()} is the seed, so
 * a failing case names what reproduces it.
 *
 * <p>Like a property-testing library, the range generators return the edges of their range (the bounds, and 0, 1
 * and -1 where they lie inside it) with probability 1/8 each call, so boundaries are tried in every property
 * without listing them; a property that must always see particular values lists them in a separate example
 * test.
 */
public final class Gen {
  /** Lower-case ASCII letters. */
  public static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  /** ASCII letters. */
  public static final String ALPHA = LOWER + LOWER.toUpperCase(java.util.Locale.ROOT);

  private static final int EDGE_ONE_IN = 8;

  private final long seed;
  private final SplittableRandom random;

  private Gen(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
  }

  /** A generator for one case. */
  public static Gen of(long seed) {
    return new Gen(seed);
  }

  /** SplitMix64's finaliser: spreads consecutive seeds over the whole range. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The seed of this case. */
  public long seed() {
    return seed;
  }

  /** The underlying random generator (seeded), for code that takes one. */
  public RandomGenerator random() {
    return random;
  }

  /** A fresh {@link java.util.Random} seeded from this generator, for code that needs that type. */
  public java.util.Random javaRandom() {
    return new java.util.Random(random.nextLong());
  }

  private boolean edge() {
    return random.nextInt(EDGE_ONE_IN) == 0;
  }

  /** An int in {@code [min, max]}, both inclusive; edges: min, max, 0, 1, -1. */
  public int intBetween(int min, int max) {
    return (int) longBetween(min, max);
  }

  /** A long in {@code [min, max]}, both inclusive; edges: min, max, 0, 1, -1. */
  public long longBetween(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException("min " + min + " > max " + max);
    }
    if (edge()) {
      List<Long> edges = new ArrayList<>(List.of(min, max));
      for (long e : new long[] {0, 1, -1}) {
        if (e >= min && e <= max) {
          edges.add(e);
        }
      }
      return edges.get(random.nextInt(edges.size()));
    }
    if (max == Long.MAX_VALUE && min == Long.MIN_VALUE) {
      return random.nextLong();
    }
    if (max == Long.MAX_VALUE) {
      return random.nextLong(min - 1, max) + 1;
    }
    return random.nextLong(min, max + 1);
  }

  /** Any long; edges: 0, ±1, {@code Long.MIN_VALUE}, {@code Long.MAX_VALUE}, and small values now and then. */
  public long anyLong() {
    return switch (random.nextInt(4)) {
      case 0 -> longBetween(Long.MIN_VALUE, Long.MAX_VALUE);
      case 1 -> longBetween(-1000, 1000);
      default -> random.nextLong();
    };
  }

  /** A double in {@code [min, max]}, both inclusive; edges: min, max, 0, 1, -1 and the neighbours of the bounds. */
  public double doubleBetween(double min, double max) {
    if (!(min <= max) || !Double.isFinite(min) || !Double.isFinite(max)) {
      throw new IllegalArgumentException("bad range [" + min + ", " + max + "]");
    }
    if (edge()) {
      List<Double> edges = new ArrayList<>(List.of(min, max, Math.min(max, Math.nextUp(min)),
          Math.max(min, Math.nextDown(max))));
      for (double e : new double[] {0, 1, -1}) {
        if (e >= min && e <= max) {
          edges.add(e);
        }
      }
      return edges.get(random.nextInt(edges.size()));
    }
    if (min == max) {
      return min;
    }
    double d = min + (max - min) * random.nextDouble();
    return Math.min(max, Math.max(min, d));
  }

  /**
   * Any double: uniform bit patterns (every exponent), small decimals, and edges: ±0, ±{@code MIN_VALUE},
   * {@code MIN_NORMAL}, ±{@code MAX_VALUE}, ±infinity and NaN.
   */
  public double anyDouble() {
    if (edge()) {
      double[] edges = {0.0, -0.0, 1.0, -1.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
          Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
      return edges[random.nextInt(edges.length)];
    }
    return switch (random.nextInt(3)) {
      case 0 -> Double.longBitsToDouble(random.nextLong());
      case 1 -> Math.round((random.nextDouble() - 0.5) * 2e6) / 100.0;
      default -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-20, 21));
    };
  }

  /** A fair coin. */
  public boolean bool() {
    return random.nextBoolean();
  }

  /** True with probability {@code p}. */
  public boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** One of the values, uniformly. */
  public <T> T pick(List<T> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("nothing to pick from");
    }
    return values.get(random.nextInt(values.size()));
  }

  /** One of the values, uniformly. */
  @SafeVarargs
  public final <T> T pick(T... values) {
    return pick(List.of(values));
  }

  /** One constant of the enum, uniformly. */
  public <E extends Enum<E>> E pick(Class<E> type) {
    return pick(List.of(type.getEnumConstants()));
  }

  /** A char in {@code [from, to]}. */
  public char charBetween(char from, char to) {
    return (char) intBetween(from, to);
  }

  /**
   * A string of {@code minLength..maxLength} characters drawn from {@code alphabet}; edges: the shortest and the
   * longest length.
   */
  public String string(int minLength, int maxLength, String alphabet) {
    int n = intBetween(minLength, maxLength);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /**
   * Any string of up to {@code maxLength} UTF-16 units: ASCII (with control characters), Latin-1, any BMP
   * character, supplementary pairs, and lone surrogates; edges: empty and whitespace-only strings.
   */
  public String anyString(int maxLength) {
    if (edge()) {
      return pick("", " ", "\t\n", "\u00a0", "\ud800", "\udfff");
    }
    int n = intBetween(0, maxLength);
    StringBuilder sb = new StringBuilder(n);
    while (sb.length() < n) {
      switch (random.nextInt(6)) {
        case 0, 1 -> sb.append((char) random.nextInt(0x20, 0x7f));
        case 2 -> sb.append((char) random.nextInt(0, 0x100));
        case 3 -> sb.append((char) random.nextInt(0, 0x10000));
        case 4 -> {
          if (sb.length() + 2 <= n) {
            sb.appendCodePoint(random.nextInt(0x10000, 0x110000));
          }
        }
        default -> sb.append(pick(' ', '\n', '-', '.', 'æ', 'ø', 'å', '\u00ad', '\u2011', '\ud83d'));
      }
    }
    return sb.toString();
  }

  /** A list of {@code minSize..maxSize} elements; edges: the shortest and the longest size. */
  public <T> List<T> list(int minSize, int maxSize, Function<Gen, T> element) {
    int n = intBetween(minSize, maxSize);
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(element.apply(this));
    }
    return out;
  }

  /** {@code null} with probability {@code p}, otherwise the element (for inputs with gaps). */
  public <T> T nullOr(double p, Function<Gen, T> element) {
    return chance(p) ? null : element.apply(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Gen g && g.seed == seed;
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(seed);
  }

  /** {@code seed=0x…}, what {@code -Dlivskraft.gen.seed} takes. */
  @Override
  public String toString() {
    return "seed=0x" + Long.toHexString(seed);
  }
}
