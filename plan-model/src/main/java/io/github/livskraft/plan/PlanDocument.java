package io.github.livskraft.plan;

import java.util.List;

/**
 * The content of one plan file: a format version and one or more plans (often a whole chain). Immutable.
 *
 * @param formatVersion the file format version; this library writes {@link #FORMAT_VERSION}
 * @param plans the plans
 */
public record PlanDocument(String formatVersion, List<Plan> plans) {
  /** The format version this library reads and writes ({@code "1.0"}); schema: {@code livskraft-plan-1.schema.json}. */
  public static final String FORMAT_VERSION = "1.0";

  /** Checks for missing properties. */
  public PlanDocument {
    Checks.required(formatVersion, "formatVersion");
    plans = Checks.list(plans);
  }

  /**
   * A document in the current format.
   *
   * @param plans the plans
   * @return the document
   */
  public static PlanDocument of(List<Plan> plans) {
    return new PlanDocument(FORMAT_VERSION, plans);
  }
}
