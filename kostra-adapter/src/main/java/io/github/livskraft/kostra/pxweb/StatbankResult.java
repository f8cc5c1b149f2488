package io.github.livskraft.kostra.pxweb;

import io.github.livskraft.kostra.Defaults;
import io.github.livskraft.jsonstat.JsonStatDataset;
import java.util.List;
import java.util.Objects;

/**
 * The answer to a {@link DataQuery}: one JSON-stat dataset (split parts already merged back, in metadata order),
 * the plan that produced it, the table's {@code updated} stamp and where each part came from.
 *
 * @param tableId the table
 * @param metadata the table metadata the query was validated against
 * @param plan the plan
 * @param dataset the merged dataset
 * @param sources where each part came from, in plan order
 * @param updated the table's {@code updated} stamp as published (from the data), empty if unknown
 */
public record StatbankResult(String tableId, TableMetadata metadata, QueryPlan plan, JsonStatDataset dataset,
    List<ProgressListener.Source> sources, String updated) {

  /** Copies. */
  public StatbankResult {
    Objects.requireNonNull(tableId, "tableId");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(dataset, "dataset");
    sources = List.copyOf(sources);
    Objects.requireNonNull(updated, "updated");
  }

  /** @return whether any part came from a bundled snapshot (offline mode) */
  public boolean fromBundledSnapshot() {
    return sources.contains(ProgressListener.Source.BUNDLED);
  }

  /** @return the attribution to print with these numbers: "Kilde: Statistisk sentralbyrå, CC BY 4.0" */
  public String attribution() {
    return Defaults.ATTRIBUTION_NB + ", " + Defaults.LICENCE;
  }
}
