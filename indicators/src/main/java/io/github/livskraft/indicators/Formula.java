package io.github.livskraft.indicators;

import java.util.Objects;
import java.util.Optional;

/**
 * How an indicator is computed from its sources: {@code numerator ÷ denominator × factor} for per-capita values,
 * shares and ratios; the published value for {@link FormulaKind#VALUE}.
 *
 * @param kind the kind of calculation
 * @param numerator the key of the numerator source
 * @param denominator the key of the denominator source (for per capita: the population source), if any
 * @param factor the factor (1, 100, 1,000, 10,000, 100,000)
 * @param text the formula in words, for people
 */
public record Formula(FormulaKind kind, String numerator, Optional<String> denominator, double factor,
    String text) {

  /** Validates: a denominator is required for per-capita, share, ratio and LCRPGR; factor positive. */
  public Formula {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    Objects.requireNonNull(text, "text");
    if (kind != FormulaKind.VALUE && denominator.isEmpty()) {
      throw IndicatorArgumentException.of(IndicatorErrorCode.DEFINITION_VALUE, "denominator",
          kind.name().toLowerCase(java.util.Locale.ROOT));
    }
    if (!(factor > 0) || Double.isInfinite(factor)) {
      throw IndicatorArgumentException.of(IndicatorErrorCode.DEFINITION_VALUE, "factor", factor);
    }
  }

  /**
   * A published value used as is.
   *
   * @param source the source key
   * @return the formula
   */
  public static Formula value(String source) {
    return new Formula(FormulaKind.VALUE, source, Optional.empty(), 1, source);
  }

  /** Whether the indicator is derived (computed by Livskraft or the user, not published as such). */
  public boolean isDerived() {
    return kind != FormulaKind.VALUE;
  }
}
