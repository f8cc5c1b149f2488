package io.github.livskraft.kostra.pxweb;

import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.MessageFragment;
import java.util.List;
import java.util.Objects;

/**
 * A validated query broken into parts that each stay within the limits. Every part selects explicit, de-duplicated
 * codes in metadata order; together the parts cover the query exactly once.
 *
 * @param query the query as asked
 * @param resolved the query with every expression resolved to explicit codes
 * @param parts the requests to send, in order
 * @param cells the number of cells of the whole query (empty cells included)
 * @param changes what the planner changed, e.g. removed duplicate codes, as fragments of the kostra bundle
 *     ({@code plan.*}); {@link #notes(Language)} writes them in a language
 */
public record QueryPlan(DataQuery query, DataQuery resolved, List<DataQuery> parts, long cells,
    List<MessageFragment> changes) {
  /** Copies. */
  public QueryPlan {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(resolved, "resolved");
    parts = List.copyOf(parts);
    changes = List.copyOf(changes);
  }

  /**
   * What the planner changed, in English (for logs).
   *
   * @return e.g. "removed the duplicate code '3303' from Region"
   */
  public List<String> notes() {
    return notes(Language.EN);
  }

  /**
   * What the planner changed, in a language.
   *
   * @param language English, bokmål or nynorsk
   * @return one text per change
   */
  public List<String> notes(Language language) {
    return changes.stream().map(d -> d.text(language)).toList();
  }

  /** @return whether the query had to be split */
  public boolean isSplit() {
    return parts.size() > 1;
  }

  /**
   * The number of cells of one query with explicit codes.
   *
   * @param q the query
   * @return the product of the selected counts
   */
  public static long cellsOf(DataQuery q) {
    long n = 1;
    for (Selection s : q.selections()) {
      n = Math.multiplyExact(n, (long) s.values().size());
    }
    return n;
  }
}
