package io.github.livskraft.kostra.pxweb;

import io.github.livskraft.kostra.KostraArgumentException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A data query: a table and one {@link Selection} per variable. Variables left out follow SSB's elimination rules;
 * the planner refuses to leave out a variable that cannot be eliminated (SSB would answer 400 on v2, or silently
 * return every value on v1).
 *
 * <pre>{@code
 * DataQuery q = DataQuery.of("12134")
 *     .with(Selection.codes("KOKkommuneregion0000", "3303", "4005"))
 *     .with(Selection.codes("ContentsCode", "KOSAG110000"))
 *     .with(Selection.range("Tid", "2015", "2024"));
 * }</pre>
 *
 * @param tableId the table number, e.g. {@code 12134}
 * @param selections one selection per variable, in order
 */
public record DataQuery(String tableId, List<Selection> selections) {

  /** Validates: a table id of letters and digits, at most one selection per variable. */
  public DataQuery {
    Objects.requireNonNull(tableId, "tableId");
    if (!tableId.matches("[A-Za-z0-9_]{1,40}")) {
      throw new KostraArgumentException("table-id", tableId);
    }
    selections = List.copyOf(selections);
    Set<String> seen = new HashSet<>();
    for (Selection s : selections) {
      if (!seen.add(s.variable().toLowerCase(Locale.ROOT))) {
        throw new KostraArgumentException("selected-twice", s.variable(), tableId);
      }
    }
  }

  /**
   * A query with no selections yet.
   *
   * @param tableId the table number
   * @return the query
   */
  public static DataQuery of(String tableId) {
    return new DataQuery(tableId, List.of());
  }

  /**
   * Adds or replaces the selection of one variable.
   *
   * @param selection the selection
   * @return a new query
   */
  public DataQuery with(Selection selection) {
    List<Selection> next = new ArrayList<>();
    boolean replaced = false;
    for (Selection s : selections) {
      if (s.variable().equalsIgnoreCase(selection.variable())) {
        next.add(selection);
        replaced = true;
      } else {
        next.add(s);
      }
    }
    if (!replaced) {
      next.add(selection);
    }
    return new DataQuery(tableId, next);
  }

  /**
   * A canonical text of the query (stable across runs; used as cache key).
   *
   * @return the text
   */
  public String canonical() {
    StringBuilder sb = new StringBuilder(tableId);
    for (Selection s : selections) {
      sb.append('|').append(s.variable()).append('=').append(s.kind()).append(':')
          .append(String.join(",", s.values()));
      s.codelist().ifPresent(c -> sb.append('@').append(c));
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "table " + tableId + " " + selections;
  }
}
