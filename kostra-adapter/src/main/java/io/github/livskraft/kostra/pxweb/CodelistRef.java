package io.github.livskraft.kostra.pxweb;

import java.util.Locale;
import java.util.Objects;

/**
 * A codelist that a table offers for one variable: an aggregation ({@code agg_…}, many-to-one, e.g.
 * {@code agg_KommSummer} with reform-stable {@code K-xxxx} codes) or a value set ({@code vs_…}, a subset).
 *
 * @param id the id, case-sensitive, e.g. {@code agg_KommSummer}
 * @param label the label, e.g. "Kommuner (summert)"
 * @param type {@code Aggregation} or {@code Valueset} as SSB spells it
 */
public record CodelistRef(String id, String label, String type) {
  /** Validates. */
  public CodelistRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(type, "type");
  }

  /** @return whether this is an aggregation ({@code agg_}) */
  public boolean isAggregation() {
    return id.startsWith("agg_") || type.toLowerCase(Locale.ROOT).startsWith("agg");
  }

  /**
   * The v1 filter name for this codelist: {@code agg:X} for {@code agg_X}, {@code vs:X} for {@code vs_X}.
   *
   * @return the filter
   */
  public String v1Filter() {
    return v1Filter(id);
  }

  /**
   * The v1 filter for a v2 codelist id.
   *
   * @param codelistId e.g. {@code agg_KommSummer}
   * @return e.g. {@code agg:KommSummer}
   */
  public static String v1Filter(String codelistId) {
    if (codelistId.startsWith("agg_")) {
      return "agg:" + codelistId.substring(4);
    }
    if (codelistId.startsWith("vs_")) {
      return "vs:" + codelistId.substring(3);
    }
    return codelistId;
  }
}
