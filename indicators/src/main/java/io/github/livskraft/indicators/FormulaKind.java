package io.github.livskraft.indicators;

/** The kind of calculation that turns source series into the indicator. */
public enum FormulaKind {
  /** The value of the numerator source as published (no calculation). */
  VALUE,
  /** numerator ÷ population × factor (per 1, 1,000, 10,000 or 100,000 inhabitants). */
  PER_CAPITA,
  /** numerator ÷ denominator × factor (factor 100 for a percentage). */
  SHARE,
  /** numerator ÷ denominator × factor for quantities that are not parts of a whole. */
  RATIO,
  /** UN 11.3.1: ratio of land consumption rate to population growth rate over a period. */
  LCRPGR
}
