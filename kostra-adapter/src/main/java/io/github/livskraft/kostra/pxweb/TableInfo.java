package io.github.livskraft.kostra.pxweb;

import java.util.Objects;
import java.util.Optional;

/**
 * What v2 {@code GET /tables/{id}} says about a table: label, the {@code updated} stamp (which tells KOSTRA's
 * unrevised March and revised June editions apart), first and last period.
 *
 * @param tableId the table number, e.g. {@code 12134}
 * @param label the title
 * @param updated SSB's {@code updated} time stamp exactly as published, empty if unknown (v1)
 * @param firstPeriod the first period, if known
 * @param lastPeriod the last period, if known
 * @param discontinued whether SSB has stopped updating the table
 */
public record TableInfo(String tableId, String label, String updated, Optional<String> firstPeriod,
    Optional<String> lastPeriod, boolean discontinued) {

  /** Validates. */
  public TableInfo {
    Objects.requireNonNull(tableId, "tableId");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(updated, "updated");
    Objects.requireNonNull(firstPeriod, "firstPeriod");
    Objects.requireNonNull(lastPeriod, "lastPeriod");
  }
}
