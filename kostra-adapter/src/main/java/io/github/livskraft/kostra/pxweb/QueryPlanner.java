package io.github.livskraft.kostra.pxweb;

import io.github.livskraft.kostra.Defaults;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates a query against table metadata and splits it into parts within SSB's limits.
 *
 * <ul>
 *   <li>Every code is checked against metadata (or against the codelist's values) before anything is sent, with an
 *       error that names the code, the variable and the table; duplicates are removed (SSB answers 500 to them).
 *   <li>Expressions ({@code *}, {@code top}, {@code from}, {@code range}, …) are resolved to explicit codes.
 *   <li>A variable that cannot be eliminated must be selected.
 *   <li>Cells are estimated as the product of the selected counts; a query over {@code maxCells} (800,000) or, on
 *       v1, over {@code maxValues} (50,000) selected values is split along its largest variable, recursively.
 * </ul>
 *
 * <pre>{@code
 * QueryPlan plan = new QueryPlanner(800_000, Integer.MAX_VALUE).plan(metadata, query);
 * plan.parts().forEach(part -> ...);
 * }</pre>
 */
public final class QueryPlanner {
  private final long maxCells;
  private final int maxValues;

  /**
   * Creates a planner.
   *
   * @param maxCells the largest number of cells per part
   * @param maxValues the largest number of selected values per part (v1: 50,000)
   */
  public QueryPlanner(long maxCells, int maxValues) {
    if (maxCells < 1 || maxValues < 1) {
      throw new IllegalArgumentException("limits must be positive: " + maxCells + ", " + maxValues);
    }
    this.maxCells = maxCells;
    this.maxValues = maxValues;
  }

  /**
   * A planner with SSB's limits for an API version.
   *
   * @param api the API version
   * @param maxCells the cell limit
   * @return the planner
   */
  public static QueryPlanner forApi(ApiVersion api, long maxCells) {
    return new QueryPlanner(maxCells, api == ApiVersion.V1 ? Defaults.MAX_VALUES_V1 : Integer.MAX_VALUE);
  }

  /**
   * Plans a query without codelist values (selections through a codelist must then list explicit codes).
   *
   * @param meta the table metadata
   * @param query the query
   * @return the plan
   * @throws PxWebException of kind {@link PxWebException.Kind#INVALID_QUERY} or
   *     {@link PxWebException.Kind#MISSING_MANDATORY_VARIABLE}
   */
  public QueryPlan plan(TableMetadata meta, DataQuery query) {
    return plan(meta, query, Map.of());
  }

  /**
   * Plans a query.
   *
   * @param meta the table metadata
   * @param query the query
   * @param codelists codelists by id, used to validate and resolve selections made through them
   * @return the plan
   * @throws PxWebException of kind {@link PxWebException.Kind#INVALID_QUERY} or
   *     {@link PxWebException.Kind#MISSING_MANDATORY_VARIABLE}
   */
  public QueryPlan plan(TableMetadata meta, DataQuery query, Map<String, Codelist> codelists) {
    if (!meta.tableId().equals(query.tableId())) {
      throw invalid("The metadata is for table " + meta.tableId() + ", the query for " + query.tableId(),
          "Metadata gjelder tabell " + meta.tableId() + ", spørringen " + query.tableId());
    }
    List<String> notes = new ArrayList<>();
    Map<String, Selection> byVariable = new LinkedHashMap<>();
    for (Selection s : query.selections()) {
      Variable v = meta.variable(s.variable());
      byVariable.put(v.code(), s);
    }
    List<Selection> resolved = new ArrayList<>();
    for (Variable v : meta.variables()) {
      Selection s = byVariable.get(v.code());
      if (s == null) {
        if (!v.eliminable()) {
          throw new PxWebException(PxWebException.Kind.MISSING_MANDATORY_VARIABLE, 0, null,
              "Table " + meta.tableId() + ": variable '" + v.code() + "' (" + v.label()
                  + ") cannot be left out; select codes, '*' or top(N) from its " + v.size() + " values"
                  + " / Tabell " + meta.tableId() + ": variabelen '" + v.code()
                  + "' kan ikke utelates; velg koder, '*' eller top(N)", null);
        }
        continue;
      }
      List<String> codes = resolve(meta, v, s, codelists, notes);
      resolved.add(new Selection(v.code(), Selection.Kind.CODES, codes, s.codelist()));
    }
    DataQuery resolvedQuery = new DataQuery(meta.tableId(), resolved);
    long cells = QueryPlan.cellsOf(resolvedQuery);
    List<DataQuery> parts = new ArrayList<>();
    split(resolvedQuery, parts);
    if (parts.size() > 1) {
      notes.add("split into " + parts.size() + " requests of at most " + maxCells + " cells");
    }
    return new QueryPlan(query, resolvedQuery, parts, cells, notes);
  }

  private List<String> resolve(TableMetadata meta, Variable v, Selection s, Map<String, Codelist> codelists,
      List<String> notes) {
    List<String> base;
    Optional<String> codelistId = s.codelist();
    if (codelistId.isPresent()) {
      String id = codelistId.get();
      if (!v.codelists().isEmpty() && v.findCodelist(id).isEmpty()) {
        throw invalid("Table " + meta.tableId() + ", variable " + v.code() + " has no codelist '" + id
            + "'; it has " + v.codelists().stream().map(CodelistRef::id).toList(),
            "Tabell " + meta.tableId() + ", variabel " + v.code() + " har ingen kodeliste '" + id + "'");
      }
      Codelist cl = codelists.get(id);
      if (cl == null) {
        if (s.kind() != Selection.Kind.CODES) {
          throw invalid("Selection " + s + " needs the values of codelist '" + id
              + "'; list explicit codes or fetch the codelist first",
              "Utvalget " + s + " krever verdiene i kodelisten '" + id + "'");
        }
        return dedupe(s.values(), v, notes);
      }
      base = cl.codes();
    } else {
      base = v.codes();
    }
    String where = "table " + meta.tableId() + ", variable " + v.code()
        + codelistId.map(c -> " (codelist " + c + ")").orElse("");
    String hvor = "tabell " + meta.tableId() + ", variabel " + v.code();
    List<String> out;
    switch (s.kind()) {
      case CODES -> {
        Set<String> wanted = new LinkedHashSet<>();
        for (String c : s.values()) {
          String canonical = find(base, c).orElseThrow(() -> invalid(
              "Unknown code '" + c + "' in " + where + "; expected one of " + sample(base),
              "Ukjent kode '" + c + "' i " + hvor + "; forventet en av " + sample(base)));
          if (!wanted.add(canonical)) {
            notes.add("removed duplicate code '" + c + "' from " + v.code());
          }
        }
        out = base.stream().filter(wanted::contains).toList(); // metadata order
      }
      case PATTERN -> {
        List<Pattern> patterns = s.values().stream().map(QueryPlanner::glob).toList();
        out = base.stream().filter(c -> patterns.stream().anyMatch(p -> p.matcher(c).matches())).toList();
        if (out.isEmpty()) {
          throw invalid("No code in " + where + " matches " + s.values() + "; codes are e.g. " + sample(base),
              "Ingen kode i " + hvor + " passer til " + s.values());
        }
      }
      case TOP, BOTTOM -> {
        int n = Integer.parseInt(s.values().get(0));
        int off = s.values().size() > 1 ? Integer.parseInt(s.values().get(1)) : 0;
        int size = base.size();
        boolean newest = (s.kind() == Selection.Kind.TOP) == v.time();
        int from;
        int to;
        if (newest) {
          to = Math.max(0, size - off);
          from = Math.max(0, to - n);
        } else {
          from = Math.min(size, off);
          to = Math.min(size, from + n);
        }
        out = base.subList(from, to);
      }
      case FROM -> out = base.subList(index(base, s.values().get(0), where, hvor), base.size());
      case TO -> out = base.subList(0, index(base, s.values().get(0), where, hvor) + 1);
      case RANGE -> {
        int a = index(base, s.values().get(0), where, hvor);
        int b = index(base, s.values().get(1), where, hvor);
        if (a > b) {
          throw invalid("range(" + s.values().get(0) + "," + s.values().get(1) + ") is reversed in " + where,
              "range(" + s.values().get(0) + "," + s.values().get(1) + ") er baklengs i " + hvor);
        }
        out = base.subList(a, b + 1);
      }
      default -> throw new IllegalStateException(s.kind().name());
    }
    if (out.isEmpty()) {
      throw invalid("Selection " + s + " selects nothing in " + where, "Utvalget " + s + " velger ingenting i " + hvor);
    }
    return List.copyOf(out);
  }

  private static List<String> dedupe(List<String> codes, Variable v, List<String> notes) {
    Set<String> seen = new LinkedHashSet<>();
    for (String c : codes) {
      if (!seen.add(c)) {
        notes.add("removed duplicate code '" + c + "' from " + v.code());
      }
    }
    return List.copyOf(seen);
  }

  private static Optional<String> find(List<String> base, String code) {
    if (base.contains(code)) {
      return Optional.of(code);
    }
    String lower = code.toLowerCase(Locale.ROOT);
    return base.stream().filter(c -> c.toLowerCase(Locale.ROOT).equals(lower)).findFirst();
  }

  private static int index(List<String> base, String code, String where, String hvor) {
    String c = find(base, code).orElseThrow(() -> invalid(
        "Unknown code '" + code + "' in " + where + "; expected one of " + sample(base),
        "Ukjent kode '" + code + "' i " + hvor));
    return base.indexOf(c);
  }

  private static String sample(List<String> base) {
    if (base.size() <= 12) {
      return base.toString();
    }
    return "[" + String.join(", ", base.subList(0, 6)) + ", …, "
        + String.join(", ", base.subList(base.size() - 3, base.size())) + "] (" + base.size() + " codes)";
  }

  private static Pattern glob(String g) {
    StringBuilder re = new StringBuilder();
    for (char ch : g.toCharArray()) {
      switch (ch) {
        case '*' -> re.append(".*");
        case '?' -> re.append('.');
        default -> re.append(Pattern.quote(String.valueOf(ch)));
      }
    }
    return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private void split(DataQuery q, List<DataQuery> out) {
    long cells = QueryPlan.cellsOf(q);
    long values = q.selections().stream().mapToLong(s -> s.values().size()).sum();
    if (cells <= maxCells && values <= maxValues) {
      out.add(q);
      return;
    }
    int largest = -1;
    for (int i = 0; i < q.selections().size(); i++) {
      int n = q.selections().get(i).values().size();
      if (n > 1 && (largest < 0 || n > q.selections().get(largest).values().size())) {
        largest = i;
      }
    }
    if (largest < 0) {
      out.add(q); // a single cell cannot be split further
      return;
    }
    Selection s = q.selections().get(largest);
    int n = s.values().size();
    long others = cells / n;
    long byCells = Math.max(1, maxCells / Math.max(1, others));
    long byValues = Math.max(1, maxValues - (values - n));
    int chunk = (int) Math.max(1, Math.min(Math.min(byCells, byValues), (long) n - 1));
    for (int start = 0; start < n; start += chunk) {
      List<String> piece = s.values().subList(start, Math.min(n, start + chunk));
      List<Selection> sel = new ArrayList<>(q.selections());
      sel.set(largest, new Selection(s.variable(), Selection.Kind.CODES, piece, s.codelist()));
      split(new DataQuery(q.tableId(), sel), out);
    }
  }

  private static PxWebException invalid(String en, String nb) {
    return new PxWebException(PxWebException.Kind.INVALID_QUERY, 0, null, en + " / " + nb, null);
  }
}
