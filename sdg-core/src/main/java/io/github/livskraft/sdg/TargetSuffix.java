package io.github.livskraft.sdg;

/**
 * The part of a target code after the goal: a number ({@code 11.6}) or a letter ({@code 11.a}).
 *
 * <p>Code form is not target kind: letter targets are means of implementation, but so are the numeric targets
 * of goal 17; the kind is catalogue data. Numbers sort before letters (1.5 &lt; 1.a; 17.9 &lt; 17.10).
 * Immutable and thread-safe.
 */
public sealed interface TargetSuffix extends Comparable<TargetSuffix> permits TargetSuffix.Numeric, TargetSuffix.Letter {

  /**
   * A numeric suffix, 1–99.
   *
   * @param value the number
   */
  record Numeric(int value) implements TargetSuffix {
    /** Validates the range. */
    public Numeric {
      if (value < 1 || value > 99) {
        throw new IllegalArgumentException("numeric target suffix must be 1-99, was " + value);
      }
    }

    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object o) {
      return o instanceof Numeric n && n.value == value;
    }

    @Override
    public int hashCode() {
      return value;
    }

    @Override
    public String toString() {
      return Integer.toString(value);
    }
  }

  /**
   * A letter suffix, {@code a}–{@code z} (lower case).
   *
   * @param value the letter
   */
  record Letter(char value) implements TargetSuffix {
    /** Validates the range. */
    public Letter {
      if (value < 'a' || value > 'z') {
        throw new IllegalArgumentException("letter target suffix must be a-z, was '" + value + "'");
      }
    }

    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object o) {
      return o instanceof Letter l && l.value == value;
    }

    @Override
    public int hashCode() {
      return 100 + value;
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /** Whether this is a letter suffix. */
  default boolean isLetter() {
    return this instanceof Letter;
  }

  @Override
  default int compareTo(TargetSuffix other) {
    if (this instanceof Numeric a && other instanceof Numeric b) {
      return Integer.compare(a.value(), b.value());
    }
    if (this instanceof Letter a && other instanceof Letter b) {
      return Character.compare(a.value(), b.value());
    }
    return this instanceof Numeric ? -1 : 1;
  }
}
