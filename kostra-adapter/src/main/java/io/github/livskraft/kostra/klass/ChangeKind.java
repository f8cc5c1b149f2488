package io.github.livskraft.kostra.klass;

/** How a code change is classified, from all changes that took effect on the same day. */
public enum ChangeKind {
  /** One old code became one new code, same territory (e.g. 0604 → 3006 in 2020): chained automatically. */
  RENUMBERING,
  /** Several old codes became one new code (sammenslåing): needs an explicit policy. */
  MERGER,
  /** One old code became several new codes (deling, or a boundary transfer): needs an explicit policy. */
  SPLIT,
  /** A new code with no predecessor. */
  CREATED,
  /** A code ceased with no successor. */
  CEASED
}
