package io.github.livskraft.municipalities;

/** How a code change is classified, from all changes that took effect on the same day. */
public enum ChangeKind {
  /** One old code became one new code, same territory (e.g. 0604 → 3006 in 2020): chained automatically. */
  RENUMBERING,
  /** Several old codes became one new code (sammenslåing): needs an explicit policy. */
  MERGER,
  /** One old code became several new codes (deling, or a boundary transfer): needs an explicit policy. */
  SPLIT,
  /** The same code before and after (a new name, or a boundary adjustment that keeps the code). */
  SAME_CODE,
  /** A new code with no predecessor. */
  CREATED,
  /** A code ceased with no successor. */
  CEASED
}
