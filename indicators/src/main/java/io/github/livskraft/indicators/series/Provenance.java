package io.github.livskraft.indicators.series;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a series comes from: the source, SSB table and ContentsCode, the table's {@code updated} timestamp (which
 * is the only way to tell KOSTRA's unrevised March figures from the revised June figures), whether the series is
 * derived (computed, e.g. tonnes ÷ population), and the attribution to print.
 *
 * @param source the publisher or file, e.g. "Statistisk sentralbyrå"
 * @param tableId the SSB table id, if any
 * @param contentsCode the ContentsCode, if any
 * @param updated the raw {@code updated} text from the source, if known (kept as published)
 * @param derived whether Livskraft or the user computed this series from other series
 * @param attribution the attribution text, e.g. "Kilde: Statistisk sentralbyrå, CC BY 4.0"
 * @param inputs provenance of the inputs of a derived series (empty otherwise)
 */
public record Provenance(String source, Optional<String> tableId, Optional<String> contentsCode,
    Optional<String> updated, boolean derived, String attribution, List<Provenance> inputs) {

  /** Checks for nulls and copies. */
  public Provenance {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(tableId, "tableId");
    Objects.requireNonNull(contentsCode, "contentsCode");
    Objects.requireNonNull(updated, "updated");
    Objects.requireNonNull(attribution, "attribution");
    inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
  }

  /**
   * A series read from an SSB table.
   *
   * @param tableId e.g. {@code 07459}
   * @param contentsCode e.g. {@code Personer1}
   * @param updated the table's {@code updated} text, or null if unknown
   * @return the provenance
   */
  public static Provenance ssb(String tableId, String contentsCode, @org.jspecify.annotations.Nullable String updated) {
    return new Provenance("Statistisk sentralbyrå", Optional.of(tableId), Optional.of(contentsCode),
        Optional.ofNullable(updated), false, "Kilde: Statistisk sentralbyrå, CC BY 4.0", List.of());
  }

  /**
   * A series from another source (a file, an agency's list, the municipality's own records).
   *
   * @param source the source
   * @param attribution the attribution text
   * @return the provenance
   */
  public static Provenance of(String source, String attribution) {
    return new Provenance(source, Optional.empty(), Optional.empty(), Optional.empty(), false, attribution,
        List.of());
  }

  /** Unknown provenance (e.g. a user file without source columns). */
  public static Provenance unknown() {
    return of("unknown", "");
  }

  /**
   * The provenance of a series computed from inputs.
   *
   * @param description what was computed, e.g. "per capita (per 1 000)"
   * @param inputs the inputs' provenance
   * @return the derived provenance; its attribution joins the inputs' distinct attributions
   */
  public static Provenance derived(String description, List<Provenance> inputs) {
    // a loop rather than a stream, allocating nothing when no input has an attribution: derived series are made
    // once per series of a national panel
    List<String> distinct = List.of();
    for (Provenance p : inputs) {
      String a = p.attribution();
      if (!a.isBlank() && !distinct.contains(a)) {
        if (distinct.isEmpty()) {
          distinct = new java.util.ArrayList<>(2);
        }
        distinct.add(a);
      }
    }
    String attribution = distinct.size() == 1 ? distinct.get(0) : String.join("; ", distinct);
    return new Provenance(description, Optional.empty(), Optional.empty(), Optional.empty(), true, attribution,
        inputs);
  }
}
